<?php
/**
 * The post allowlist (what kses keeps for users without `unfiltered_html`, such as Authors and
 * Contributors): the `sov-*` tags, the `data-sov` containers, their documented attributes, and
 * the checkboxes of authored checklists. Never `<script>`: kses cannot allow a script safely
 * (a failed attribute check leaves a bare, executable `<script>`).
 *
 * @package Souverain
 */

defined( 'ABSPATH' ) || exit;

/**
 * Filter for `wp_kses_allowed_html`.
 *
 * @param array        $tags    Allowed tags and their attributes.
 * @param string|array $context Context name.
 * @return array
 */
function souverain_kses_allowed_html( $tags, $context ) {
	if ( 'post' !== $context ) {
		return $tags;
	}
	// Tags added here do not get kses's global attributes; these are the ones the elements use.
	$common    = array(
		'class' => true,
		'id'    => true,
		'lang'  => true,
		'dir'   => true,
		'title' => true,
	);
	$container = array( 'data-sov' => true );
	foreach ( souverain_elements() as $name => $attributes ) {
		$allowed = $common;
		foreach ( array_keys( $attributes ) as $attribute ) {
			$allowed[ $attribute ]                  = true;
			$container[ 'data-sov-' . $attribute ] = true;
		}
		$tags[ 'sov-' . $name ] = $allowed;
	}
	// `data-*` is already global in kses; naming the attributes keeps them if a site removes it.
	$tags['div'] = array_merge( isset( $tags['div'] ) && is_array( $tags['div'] ) ? $tags['div'] : array(), $container );
	if ( ! isset( $tags['input'] ) ) {
		$tags['input'] = array(
			'type'     => array( 'values' => array( 'checkbox' ) ),
			'checked'  => true,
			'disabled' => true,
		);
	}
	return $tags;
}
