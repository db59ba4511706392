<?php
/**
 * Drives the test site from php-cli with WordPress's own functions (no HTTP, no mocks):
 *   php cli.php <site> install        wp_install(), then the users `admin` and `author`
 *   php cli.php <site> activate       activate_plugin('souverain/souverain.php')
 *   php cli.php <site> save           posts from stdin ([{user, title, content}]) through
 *                                     rest_do_request(POST /wp/v2/posts), as that user
 *   php cli.php <site> locale <tag>   the site language (the WPLANG option)
 * Prints one JSON document.
 */

[ , $site, $command ] = $argv;
$_SERVER['HTTP_HOST'] = parse_url( getenv( 'WP_TEST_HOME' ), PHP_URL_HOST ) . ':' . parse_url( getenv( 'WP_TEST_HOME' ), PHP_URL_PORT );
if ( 'install' === $command ) {
	define( 'WP_INSTALLING', true );
}
require $site . '/wp-load.php';

$out = array();
switch ( $command ) {
	case 'install':
		/** The site has no mail: the "new site" e-mail is not sent. */
		function wp_new_blog_notification() {}
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		$result = wp_install( 'Souverain test', 'admin', 'admin@example.org', false, '', wp_generate_password( 24 ) );
		$out['admin'] = $result['user_id'];
		$out['author'] = wp_insert_user(
			array(
				'user_login' => 'author',
				'user_pass'  => wp_generate_password( 24 ),
				'user_email' => 'author@example.org',
				'role'       => 'author',
			)
		);
		break;
	case 'activate':
		require_once ABSPATH . 'wp-admin/includes/plugin.php';
		$result = activate_plugin( 'souverain/souverain.php', '', false, false );
		if ( is_wp_error( $result ) ) {
			fwrite( STDERR, $result->get_error_message() . "\n" );
			exit( 1 );
		}
		$out['active'] = is_plugin_active( 'souverain/souverain.php' );
		break;
	case 'save':
		foreach ( json_decode( stream_get_contents( STDIN ), true ) as $item ) {
			$user = get_user_by( 'login', $item['user'] );
			wp_set_current_user( $user->ID );
			$request = new WP_REST_Request( 'POST', '/wp/v2/posts' );
			$request->set_body_params(
				array(
					'title'   => $item['title'],
					'content' => $item['content'],
					'status'  => 'publish',
				)
			);
			$response = rest_do_request( $request );
			if ( $response->is_error() ) {
				fwrite( STDERR, wp_json_encode( $response->get_data() ) . "\n" );
				exit( 1 );
			}
			$id    = $response->get_data()['id'];
			$out[] = array(
				'id'             => $id,
				'title'          => $item['title'],
				'unfilteredHtml' => current_user_can( 'unfiltered_html' ),
				'stored'         => get_post( $id )->post_content,
			);
		}
		break;
	case 'locale':
		// Written directly: sanitize_option() refuses a locale whose translation files are absent.
		$GLOBALS['wpdb']->query( $GLOBALS['wpdb']->prepare( "INSERT INTO {$GLOBALS['wpdb']->options} (option_name, option_value, autoload) VALUES ('WPLANG', %s, 'yes') ON DUPLICATE KEY UPDATE option_value = VALUES(option_value)", $argv[3] ) );
		wp_cache_flush();
		$out['WPLANG'] = get_option( 'WPLANG' );
		break;
	default:
		fwrite( STDERR, "unknown command $command\n" );
		exit( 2 );
}
echo wp_json_encode( $out );
