<?php
/**
 * The `souverain/widget` block: rendered on the server from its attributes (the same output as
 * the shortcode), so it stores no HTML that kses could strip. In the code editor:
 * `<!-- wp:souverain/widget {"element":"faq","content":"souverainete-numerique#faq","searchable":true} /-->`.
 *
 * @package Souverain
 */

defined( 'ABSPATH' ) || exit;

/**
 * The block's attributes: `element`, `lang`, and every documented attribute of every element
 * (booleans as booleans; numbers may be given as numbers or strings).
 *
 * @return array
 */
function souverain_block_attributes() {
	$attributes = array(
		'element' => array(
			'type'    => 'string',
			'enum'    => array_keys( souverain_elements() ),
			'default' => 'faq',
		),
		'lang'    => array( 'type' => 'string' ),
	);
	foreach ( souverain_elements() as $element_attributes ) {
		foreach ( $element_attributes as $attribute => $kind ) {
			$attributes[ $attribute ] = 'boolean' === $kind ? array( 'type' => 'boolean' ) : array( 'type' => array( 'string', 'number' ) );
		}
	}
	return $attributes;
}

/**
 * Registers the block and its editor script.
 */
function souverain_register_block() {
	wp_register_script(
		'souverain-block-editor',
		plugins_url( 'editor/block.js', SOUVERAIN_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-components', 'wp-block-editor', 'wp-server-side-render', 'wp-i18n' ),
		souverain_version(),
		true
	);
	wp_add_inline_script( 'souverain-block-editor', 'window.souverainElements = ' . wp_json_encode( souverain_elements() ) . ';', 'before' );
	register_block_type(
		'souverain/widget',
		array(
			'api_version'     => 2,
			'title'           => __( 'Souverain widget', 'souverain' ),
			'description'     => __( 'A TL;DR card, comparison table, checklist, FAQ, icon list or whole article from a content pack.', 'souverain' ),
			'category'        => 'widgets',
			'icon'            => 'list-view',
			'keywords'        => array( 'faq', 'table', 'checklist', 'tldr', 'souverain' ),
			'attributes'      => souverain_block_attributes(),
			'supports'        => array( 'html' => false ),
			'editor_script'   => 'souverain-block-editor',
			'render_callback' => 'souverain_render_block',
		)
	);
}

/**
 * Renders the block.
 *
 * @param array $attributes Block attributes.
 * @return string
 */
function souverain_render_block( $attributes ) {
	return souverain_render( is_array( $attributes ) ? $attributes : array() );
}
