<?php
/**
 * Renders an element from shortcode or block attributes: the documented attributes only, each
 * escaped, the page language, and the pack block's fallback HTML inside (what readers without
 * JavaScript and search engines get).
 *
 * @package Souverain
 */

defined( 'ABSPATH' ) || exit;

/**
 * Each element (name without `sov-`) and its documented attributes, 'boolean' or 'value'.
 *
 * @return array<string, array<string, string>>
 */
function souverain_elements() {
	static $elements = null;
	if ( null === $elements ) {
		$elements = require SOUVERAIN_DIR . 'generated/elements.php';
	}
	return $elements;
}

/**
 * The bundled packs: default language, and per language the blocks that have a fallback file.
 *
 * @return array
 */
function souverain_packs() {
	static $packs = null;
	if ( null === $packs ) {
		$packs = require SOUVERAIN_DIR . 'generated/packs.php';
	}
	return $packs;
}

/**
 * The server-rendered pack blocks (generated/ssr.php): which attributes change the render, and
 * per pack, language and block the pre-rendered variants.
 *
 * @return array
 */
function souverain_ssr_index() {
	static $ssr = null;
	if ( null === $ssr ) {
		$ssr = require SOUVERAIN_DIR . 'generated/ssr.php';
	}
	return $ssr;
}

/**
 * Whether a boolean attribute is on: given without a value, or with a truthy one.
 *
 * @param mixed $value Attribute value.
 * @return bool
 */
function souverain_truthy( $value ) {
	if ( is_bool( $value ) ) {
		return $value;
	}
	if ( ! is_scalar( $value ) ) {
		return false;
	}
	return ! in_array( strtolower( trim( (string) $value ) ), array( '0', 'false', 'no', 'off' ), true );
}

/**
 * The language of the element: the `lang` attribute when it is a language tag, else the site's
 * (or, with a multilingual plugin that filters the locale, the post's) locale: `fr_FR` → `fr`.
 *
 * @param mixed $requested The `lang` attribute, if any.
 * @return string
 */
function souverain_lang( $requested = '' ) {
	if ( is_string( $requested ) && preg_match( '/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i', trim( $requested ) ) ) {
		return trim( $requested );
	}
	$locale = get_locale();
	$lang   = strtolower( (string) preg_replace( '/[_-].*$/', '', $locale ) );
	/**
	 * Filters the language given to elements that have no `lang` attribute.
	 *
	 * @param string $lang   Language tag, e.g. `fr`.
	 * @param string $locale WordPress locale, e.g. `fr_FR`.
	 */
	return (string) apply_filters( 'souverain_lang', '' === $lang ? 'en' : $lang, $locale );
}

/**
 * The pack language chosen for a language tag: exact, then primary subtag, then the pack's first
 * (the same rule as the bundle's `packLanguage`).
 *
 * @param array  $pack Pack index entry.
 * @param string $lang Language tag.
 * @return string
 */
function souverain_pack_language( array $pack, $lang ) {
	$primary = strtolower( (string) preg_replace( '/-.*$/', '', $lang ) );
	if ( isset( $pack['languages'][ $lang ] ) ) {
		return $lang;
	}
	if ( isset( $pack['languages'][ $primary ] ) ) {
		return $primary;
	}
	return $pack['default'];
}

/**
 * The fallback HTML of a pack block (`pack` or `pack#block-id`) for an element, or '' when the
 * reference names no bundled block of that element's type.
 *
 * @param string $element Element name without `sov-`.
 * @param string $ref     The `content` attribute.
 * @param string $lang    Language tag.
 * @return string
 */
function souverain_fallback( $element, $ref, $lang ) {
	$parts = explode( '#', $ref, 2 );
	$packs = souverain_packs();
	if ( ! isset( $packs[ $parts[0] ] ) ) {
		return '';
	}
	$variant = souverain_pack_language( $packs[ $parts[0] ], $lang );
	$index   = $packs[ $parts[0] ]['languages'][ $variant ];
	$id      = isset( $parts[1] ) ? $parts[1] : '';
	$file    = null;
	if ( 'article' === $element ) {
		$file = '' === $id ? '@article' : null;
	} elseif ( '' !== $id ) {
		$file = isset( $index['blocks'][ $id ] ) && $index['blocks'][ $id ]['type'] === $element ? $index['blocks'][ $id ]['file'] : null;
	} elseif ( isset( $index['first'][ $element ] ) ) {
		$file = $index['first'][ $element ];
	}
	if ( null === $file ) {
		return '';
	}
	// The pack id is a key of the generated index (checked above); the other parts come from it.
	$html = file_get_contents( SOUVERAIN_DIR . 'fallback/' . $parts[0] . '.' . $variant . '/' . $file . '.html' );
	return false === $html ? '' : $html;
}

/**
 * The file name of a pack block for an element (`pack` or `pack#block-id`), or null.
 *
 * @param string $element Element name without `sov-`.
 * @param string $ref     The `content` attribute.
 * @param string $variant The pack language.
 * @return string|null
 */
function souverain_pack_file( $element, $ref, $variant ) {
	$parts = explode( '#', $ref, 2 );
	$index = souverain_packs()[ $parts[0] ]['languages'][ $variant ];
	$id    = isset( $parts[1] ) ? $parts[1] : '';
	if ( 'article' === $element ) {
		return '' === $id ? '@article' : null;
	}
	if ( '' !== $id ) {
		return isset( $index['blocks'][ $id ] ) && $index['blocks'][ $id ]['type'] === $element ? $index['blocks'][ $id ]['file'] : null;
	}
	return isset( $index['first'][ $element ] ) ? $index['first'][ $element ] : null;
}

/**
 * The server-rendered form of a pack block, pre-rendered at build time by souverain/ssr: the
 * declarative shadow root and the block's HTML as light DOM, its content hash and heading level.
 * Null when none fits: not a bundled block, a language that is not exactly the pack variant's
 * (the client's hash covers the language), or attributes that change the render in a way no
 * pre-rendered variant has (the element then gets the plain fallback and renders in the browser).
 * Also null in the editor's preview and other JSON requests: HTML inserted by a script does not
 * attach declarative shadow roots.
 *
 * @param string $element    Element name without `sov-`.
 * @param array  $attributes The element's attributes, checked (`content` set, no `src`).
 * @param string $lang       Language tag.
 * @return array|null `body`, `hash`, `level`.
 */
function souverain_ssr( $element, array $attributes, $lang ) {
	if ( is_admin() || wp_is_json_request() ) {
		return null;
	}
	/**
	 * Filters whether pack blocks are served server-rendered (declarative shadow DOM). Default true.
	 *
	 * @param bool   $enabled Whether to serve the server-rendered form.
	 * @param string $element Element name without `sov-`.
	 */
	if ( ! apply_filters( 'souverain_ssr', true, $element ) ) {
		return null;
	}
	$ssr   = souverain_ssr_index();
	$pack  = explode( '#', $attributes['content'], 2 )[0];
	$packs = souverain_packs();
	if ( ! isset( $packs[ $pack ], $ssr['rules'][ $element ] ) ) {
		return null;
	}
	$variant = souverain_pack_language( $packs[ $pack ], $lang );
	$file    = $variant === $lang ? souverain_pack_file( $element, $attributes['content'], $variant ) : null;
	if ( null === $file || ! isset( $ssr['packs'][ $pack ][ $variant ][ $file ] ) ) {
		return null;
	}
	// The variant's key: the attributes that change the render, as scripts/wordpress-ssr.mjs writes it.
	$rule = $ssr['rules'][ $element ];
	$key  = array();
	foreach ( $attributes as $attribute => $value ) {
		if ( in_array( $attribute, array( 'content', 'id', 'class', 'lang' ), true ) || in_array( $attribute, $rule['neutral'], true ) ) {
			continue;
		}
		if ( 'heading-level' === $attribute && (string) $value === $rule['level'] ) {
			continue;
		}
		$key[] = true === $value ? $attribute : $attribute . '=' . $value;
	}
	sort( $key, SORT_STRING );
	$key      = implode( ' ', $key );
	$variants = $ssr['packs'][ $pack ][ $variant ][ $file ];
	if ( ! isset( $variants[ $key ] ) ) {
		return null;
	}
	// File names come from the generated index, not from the attributes.
	$body = file_get_contents( SOUVERAIN_DIR . 'ssr/' . $pack . '.' . $variant . '/' . $variants[ $key ]['file'] . '.html' );
	if ( false === $body ) {
		return null;
	}
	return array(
		'body'  => str_replace( $ssr['base'], esc_url( souverain_asset_url( 'ssr/' ) ), $body ),
		'hash'  => $variants[ $key ]['hash'],
		'level' => $rule['level'],
	);
}

/**
 * A message for whoever can fix it: visible to users who can edit posts, an HTML comment for readers.
 *
 * @param string $message What is wrong.
 * @return string
 */
function souverain_notice( $message ) {
	$text = 'Souverain: ' . $message;
	if ( current_user_can( 'edit_posts' ) ) {
		return '<p class="souverain-notice" role="alert">' . esc_html( $text ) . "</p>\n";
	}
	return '<!-- ' . str_replace( '--', '- -', esc_html( $text ) ) . " -->\n";
}

/**
 * The element's HTML for the given arguments (attribute names as in HTML, e.g. `heading-level`).
 *
 * @param array  $args  `element`, `lang`, `id`, `class` and the element's documented attributes.
 * @param string $inner Authored HTML to use as the light DOM when no pack block applies.
 * @return string
 */
function souverain_render( array $args, $inner = '' ) {
	$elements = souverain_elements();
	$name     = isset( $args['element'] ) && is_string( $args['element'] ) ? (string) preg_replace( '/^sov-/', '', strtolower( trim( $args['element'] ) ) ) : '';
	if ( ! isset( $elements[ $name ] ) ) {
		/* translators: 1: the element name given, 2: the list of element names. */
		return souverain_notice( sprintf( __( 'unknown element "%1$s" (use one of: %2$s).', 'souverain' ), $name, implode( ', ', array_keys( $elements ) ) ) );
	}

	$attributes = array();
	if ( isset( $args['id'] ) && is_string( $args['id'] ) && '' !== $args['id'] ) {
		$attributes['id'] = $args['id'];
	}
	$classes = isset( $args['class'] ) && is_string( $args['class'] ) ? $args['class'] : '';
	$classes = trim( $classes . ' ' . ( isset( $args['className'] ) && is_string( $args['className'] ) ? $args['className'] : '' ) );
	if ( '' !== $classes ) {
		$attributes['class'] = implode( ' ', array_filter( array_map( 'sanitize_html_class', preg_split( '/\s+/', $classes ) ) ) );
	}
	foreach ( $elements[ $name ] as $attribute => $kind ) {
		if ( ! array_key_exists( $attribute, $args ) ) {
			continue;
		}
		$value = $args[ $attribute ];
		if ( 'boolean' === $kind ) {
			if ( souverain_truthy( $value ) ) {
				$attributes[ $attribute ] = true;
			}
			continue;
		}
		if ( ! is_scalar( $value ) || is_bool( $value ) || '' === (string) $value ) {
			continue;
		}
		$value = (string) $value;
		if ( 'src' === $attribute ) {
			$value = wp_kses_bad_protocol( $value, wp_allowed_protocols() );
		}
		$attributes[ $attribute ] = $value;
	}
	$lang               = souverain_lang( isset( $args['lang'] ) ? $args['lang'] : '' );
	$attributes['lang'] = $lang;

	$pack     = isset( $attributes['content'] ) && ! isset( $attributes['src'] );
	$rendered = $pack ? souverain_ssr( $name, $attributes, $lang ) : null;
	if ( null !== $rendered ) {
		// The element reads its content from the light DOM the server wrote, not from the pack.
		unset( $attributes['content'] );
		if ( ! isset( $attributes['heading-level'] ) && '' !== $rendered['level'] ) {
			$attributes['heading-level'] = $rendered['level'];
		}
		// Elements shown in place (the list) have no hash: they enhance the light DOM, nothing hydrates.
		if ( '' !== $rendered['hash'] ) {
			$attributes['data-sov-hash'] = $rendered['hash'];
		}
		$fallback = $rendered['body'];
	} else {
		$fallback = $pack ? souverain_fallback( $name, $attributes['content'], $lang ) : '';
		if ( '' === $fallback && '' !== trim( $inner ) ) {
			$fallback = wp_kses_post( $inner );
		}
		$fallback = "\n" . $fallback;
	}

	souverain_use();
	$html = '<sov-' . $name;
	foreach ( $attributes as $attribute => $value ) {
		$html .= true === $value ? ' ' . $attribute : ' ' . $attribute . '="' . esc_attr( $value ) . '"';
	}
	return $html . '>' . $fallback . '</sov-' . $name . ">\n";
}
