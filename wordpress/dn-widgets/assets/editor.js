/**
 * The blocks in the block editor, without a build step: plain JavaScript on
 * WordPress's globals (wp.blocks, wp.element, wp.blockEditor, wp.components,
 * wp.i18n). PHP registers each block from its block.json and renders it
 * (a dynamic block, with the clinic's settings and the fallback); this file
 * adds the sidebar controls and a preview that is the real element, inside a
 * <dn-config> with the site's clinic settings, as on the page.
 */
(function (wp, data) {
  'use strict';
  if (!wp || !wp.blocks || !data) return;

  var el = wp.element.createElement;
  var __ = wp.i18n.__;
  var InspectorControls = wp.blockEditor.InspectorControls;
  var useBlockProps = wp.blockEditor.useBlockProps;
  var PanelBody = wp.components.PanelBody;
  var TextControl = wp.components.TextControl;
  var SelectControl = wp.components.SelectControl;
  var ToggleControl = wp.components.ToggleControl;

  var labels = {
    sections: __('Sections (ids, in order)', 'dn-widgets'),
    tiers: __('Tiers (emergency urgent normal)', 'dn-widgets'),
    afterHours: __('Out-of-hours text', 'dn-widgets'),
    variant: __('Layout', 'dn-widgets'),
    items: __('Side effects (ids, in order)', 'dn-widgets'),
    eStim: __('The clinic uses electrical stimulation (e-stim)', 'dn-widgets'),
    treatedAt: __('Session date and time (YYYY-MM-DDTHH:MM)', 'dn-widgets'),
    mode: __('Questions', 'dn-widgets'),
    name: __('Form field name', 'dn-widgets'),
    required: __('Required in a form', 'dn-widgets'),
    disabled: __('Disabled', 'dn-widgets'),
    headingLevel: __('Heading level', 'dn-widgets'),
    theme: __('Theme', 'dn-widgets'),
    region: __('Region (ISO code, e.g. GB)', 'dn-widgets'),
    clinicName: __('Clinic name', 'dn-widgets'),
    clinicPhone: __('Clinic phone', 'dn-widgets'),
    reviewedBy: __('Clinical reviewer', 'dn-widgets'),
    reviewedOn: __('Reviewed on (YYYY-MM-DD)', 'dn-widgets'),
    lang: __('Language (e.g. es; default: the site’s)', 'dn-widgets'),
  };

  var choices = {
    full: __('Full: each side effect opens', 'dn-widgets'),
    summary: __('Summary: a short list', 'dn-widgets'),
    all: __('All at once', 'dn-widgets'),
    step: __('One at a time', 'dn-widgets'),
    light: __('Light', 'dn-widgets'),
    dark: __('Dark', 'dn-widgets'),
    auto: __('Follow the reader’s setting', 'dn-widgets'),
  };

  /** Settings that override the site's clinic settings, in their own panel. */
  var clinicAttributes = ['region', 'clinicName', 'clinicPhone', 'afterHours', 'reviewedBy', 'reviewedOn'];

  function control(name, schema, value, set) {
    var label = labels[name] || name;
    var update = function (next) {
      var change = {};
      change[name] = next === '' || next === false ? undefined : next;
      set(change);
    };
    if (schema.type === 'boolean') {
      return el(ToggleControl, {key: name, label: label, checked: value === true, onChange: update});
    }
    if (name === 'headingLevel') {
      return el(SelectControl, {
        key: name,
        label: label,
        value: value === undefined ? '' : String(value),
        options: [{label: __('Default (2)', 'dn-widgets'), value: ''}].concat(
          [2, 3, 4, 5, 6].map(function (level) {
            return {label: 'h' + level, value: String(level)};
          }),
        ),
        onChange: function (next) {
          update(next === '' ? '' : Number(next));
        },
      });
    }
    if (schema.enum) {
      return el(SelectControl, {
        key: name,
        label: label,
        value: value === undefined ? '' : value,
        options: [{label: __('Default', 'dn-widgets'), value: ''}].concat(
          schema.enum.map(function (choice) {
            return {label: choices[choice] || choice, value: choice};
          }),
        ),
        onChange: update,
      });
    }
    return el(TextControl, {key: name, label: label, value: value === undefined ? '' : value, onChange: update});
  }

  /** The element with the block's attributes, inside a <dn-config> with the clinic's settings. */
  function preview(block, attributes) {
    var config = {};
    clinicAttributes.forEach(function (name) {
      // The block's own out-of-hours text goes on the <dn-config>; its other clinic values are the element's attributes.
      var value = (name === 'afterHours' && attributes.afterHours) || data.settings[name];
      if (value) config[data.configAttributes[name]] = value;
    });
    var props = {};
    Object.keys(block.attributes).forEach(function (name) {
      var value = attributes[name];
      if (name === 'afterHours' || value === undefined || value === '' || value === false) return;
      props[block.attributes[name].html] = value === true ? '' : String(value);
    });
    return el('dn-config', config, el(block.tag, props));
  }

  data.blocks.forEach(function (block) {
    wp.blocks.registerBlockType(block.name, {
      edit: function (props) {
        var names = Object.keys(block.attributes);
        var own = names.filter(function (name) {
          return clinicAttributes.indexOf(name) === -1;
        });
        var clinic = names.filter(function (name) {
          return clinicAttributes.indexOf(name) !== -1;
        });
        var controls = function (list) {
          return list.map(function (name) {
            return control(name, block.attributes[name], props.attributes[name], props.setAttributes);
          });
        };
        return el(
          'div',
          useBlockProps(),
          el(
            InspectorControls,
            null,
            el(PanelBody, {title: __('Widget', 'dn-widgets'), initialOpen: true}, controls(own)),
            el(
              PanelBody,
              {title: __('Clinic (overrides the site’s settings)', 'dn-widgets'), initialOpen: false},
              data.settingsUrl
                ? el('p', null, el('a', {href: data.settingsUrl}, __('Edit the site’s clinic settings', 'dn-widgets')))
                : null,
              controls(clinic),
            ),
          ),
          preview(block, props.attributes),
        );
      },
      save: function () {
        return null;
      },
    });
  });
})(window.wp, window.dnWidgetsEditor);
