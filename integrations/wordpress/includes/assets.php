<?php
/**
 * Prints the module script, once, and only on pages that show an element: through the script
 * modules API where WordPress has it (6.5+), else as a `<script type="module">` in the footer
 * (WordPress 6.1 to 6.4 have no way to enqueue a module).
 *
 * @package Souverain
 */

defined( 'ABSPATH' ) || exit;

/**
 * The URL of a file in the plugin's assets folder (the built bundle, its packs and themes).
 *
 * @param string $path Path inside assets/.
 * @return string
 */
function souverain_asset_url( $path ) {
	return plugins_url( 'assets/' . $path, SOUVERAIN_FILE );
}

/**
 * The plugin's version, which is the bundled library's.
 *
 * @return string
 */
function souverain_version() {
	static $version = null;
	if ( null === $version ) {
		$version = require SOUVERAIN_DIR . 'generated/version.php';
	}
	return $version;
}

/**
 * Marks the page as using an element: the script (and the chosen theme preset) will be printed.
 */
function souverain_use() {
	static $used = false;
	if ( $used || is_admin() || wp_is_json_request() ) {
		return;
	}
	$used = true;

	/**
	 * Filters the theme preset loaded with the elements: '' (none, the default), or the name of a
	 * file in assets/themes/ without `.css` (`default`, `dark`, `dsfr`, `high-contrast`).
	 *
	 * @param string $theme Preset name.
	 */
	$theme = (string) apply_filters( 'souverain_theme', '' );
	if ( '' !== $theme && preg_match( '/^[a-z0-9-]+$/', $theme ) && is_file( SOUVERAIN_DIR . 'assets/themes/' . $theme . '.css' ) ) {
		wp_enqueue_style( 'souverain-theme', souverain_asset_url( 'themes/' . $theme . '.css' ), array(), souverain_version() );
	}

	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( 'souverain', souverain_asset_url( 'souverain.js' ), array(), souverain_version() );
		return;
	}
	add_action( 'wp_footer', 'souverain_print_module' );
}

/**
 * Prints the module script tag (WordPress before 6.5). `wp_print_script_tag` lets a CSP plugin
 * add its nonce through the `wp_script_attributes` filter.
 */
function souverain_print_module() {
	$attributes = array(
		'type' => 'module',
		'src'  => add_query_arg( 'ver', souverain_version(), souverain_asset_url( 'souverain.js' ) ),
		'id'   => 'souverain-js-module',
	);
	if ( function_exists( 'wp_print_script_tag' ) ) {
		wp_print_script_tag( $attributes );
		return;
	}
	printf( '<script type="module" src="%s" id="souverain-js-module"></script>' . "\n", esc_url( $attributes['src'] ) );
}

/**
 * Content filter: loads the script when the content holds an element written by hand, as a
 * `sov-*` tag or a `data-sov` container (both kept by the allowlist in kses.php).
 *
 * @param string $content Rendered content.
 * @return string Unchanged content.
 */
function souverain_detect_markup( $content ) {
	if ( is_string( $content ) && preg_match( '/<sov-[a-z]|<div\b[^>]*\sdata-sov\s*=/i', $content ) ) {
		souverain_use();
	}
	return $content;
}
