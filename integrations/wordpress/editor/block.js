/* The block editor side of the `souverain/widget` block: settings in the sidebar and a preview
 * rendered by the server (the no-JavaScript fallback). Plain script, no build step: it uses the
 * editor's own packages from the `wp` global. */
(function (wp, elements) {
  'use strict';
  var el = wp.element.createElement;
  var __ = wp.i18n.__;
  var InspectorControls = wp.blockEditor.InspectorControls;
  var useBlockProps = wp.blockEditor.useBlockProps;
  var components = wp.components;
  var ServerSideRender = wp.serverSideRender;

  wp.blocks.registerBlockType('souverain/widget', {
    edit: function (props) {
      var attributes = props.attributes;
      var set = props.setAttributes;
      var documented = elements[attributes.element] || {};
      var controls = [
        el(components.SelectControl, {
          key: 'element',
          label: __('Element', 'souverain'),
          value: attributes.element,
          options: Object.keys(elements).map(function (name) {
            return { label: 'sov-' + name, value: name };
          }),
          onChange: function (value) {
            set({ element: value });
          },
        }),
        el(components.TextControl, {
          key: 'lang',
          label: __('Language (empty: the site language)', 'souverain'),
          value: attributes.lang || '',
          onChange: function (value) {
            set({ lang: value || undefined });
          },
        }),
      ];
      Object.keys(documented).forEach(function (name) {
        if (documented[name] === 'boolean') {
          controls.push(
            el(components.ToggleControl, {
              key: name,
              label: name,
              checked: !!attributes[name],
              onChange: function (value) {
                var change = {};
                change[name] = value || undefined;
                set(change);
              },
            })
          );
        } else {
          controls.push(
            el(components.TextControl, {
              key: name,
              label: name,
              value: attributes[name] === undefined ? '' : String(attributes[name]),
              onChange: function (value) {
                var change = {};
                change[name] = value === '' ? undefined : value;
                set(change);
              },
            })
          );
        }
      });
      return el(
        'div',
        useBlockProps(),
        el(InspectorControls, null, el(components.PanelBody, { title: __('Souverain', 'souverain') }, controls)),
        el(ServerSideRender, { block: 'souverain/widget', attributes: attributes })
      );
    },
    save: function () {
      return null;
    },
  });
})(window.wp, window.souverainElements || {});
