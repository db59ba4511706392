<?php
/**
 * Plugin Name:       Souverain
 * Description:       Accessible content widgets (TL;DR card, comparison tables, checklist, FAQ, icon lists, whole article) through a [souverain] shortcode and a block that Authors and Contributors may use, with a no-JavaScript fallback rendered on the server.
 * Version:           @VERSION@
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       souverain
 *
 * @package Souverain
 */

defined( 'ABSPATH' ) || exit;

define( 'SOUVERAIN_DIR', __DIR__ . '/' );
define( 'SOUVERAIN_FILE', __FILE__ );

require_once SOUVERAIN_DIR . 'includes/render.php';
require_once SOUVERAIN_DIR . 'includes/assets.php';
require_once SOUVERAIN_DIR . 'includes/kses.php';
require_once SOUVERAIN_DIR . 'includes/block.php';

add_action( 'init', 'souverain_init' );
add_filter( 'wp_kses_allowed_html', 'souverain_kses_allowed_html', 10, 2 );
// Late, after do_blocks and do_shortcode: content written by hand in either form needs the script too.
add_filter( 'the_content', 'souverain_detect_markup', 99 );
add_filter( 'widget_text_content', 'souverain_detect_markup', 99 );
add_filter( 'widget_block_content', 'souverain_detect_markup', 99 );

/**
 * Registers the shortcode, the block and the script.
 */
function souverain_init() {
	add_shortcode( 'souverain', 'souverain_shortcode' );
	souverain_register_block();
}

/**
 * The [souverain] shortcode: `[souverain element="faq" content="souverainete-numerique#faq" searchable]`.
 * Enclosed content, if any, is the authored HTML the element reads when it has no `content`.
 *
 * @param array|string $atts    Shortcode attributes; valueless ones arrive with numeric keys.
 * @param string|null  $content Enclosed content.
 * @return string
 */
function souverain_shortcode( $atts, $content = null ) {
	$args = array();
	foreach ( (array) $atts as $key => $value ) {
		if ( is_int( $key ) ) {
			$args[ str_replace( '_', '-', strtolower( (string) $value ) ) ] = true;
		} else {
			$args[ str_replace( '_', '-', strtolower( $key ) ) ] = $value;
		}
	}
	$inner = null === $content ? '' : shortcode_unautop( (string) $content );
	return souverain_render( $args, $inner );
}
