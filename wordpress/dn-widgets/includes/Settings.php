<?php

namespace DnWidgets;

/**
 * The clinic's details, set once for the whole site (Settings → Dry needling
 * widgets) and given to every widget: its region (the emergency number), name,
 * phone, out-of-hours text and clinical reviewer. Stored in one option.
 */
final class Settings
{
    public const OPTION = 'dn_widgets_settings';
    private const PAGE = 'dn-widgets';
    private const MAX_TEXT = 120;
    private const MAX_AFTER_HOURS = 500;

    public static function register(): void
    {
        add_action('admin_init', [self::class, 'registerSetting']);
        add_action('admin_menu', [self::class, 'addPage']);
        add_filter('plugin_action_links_' . plugin_basename(Plugin::file()), [self::class, 'actionLinks']);
    }

    /** @return array<string, string> The saved settings, each a string ("" when not set). */
    public static function get(): array
    {
        $saved = get_option(self::OPTION, []);
        $settings = [];
        foreach (Elements::SETTINGS as $key) {
            $settings[$key] = is_array($saved) && isset($saved[$key]) && is_string($saved[$key]) ? $saved[$key] : '';
        }
        return $settings;
    }

    public static function registerSetting(): void
    {
        register_setting(self::PAGE, self::OPTION, [
            'type' => 'object',
            'sanitize_callback' => [self::class, 'sanitize'],
            'default' => [],
            'show_in_rest' => false,
        ]);
        add_settings_section('clinic', __('Your clinic', 'dn-widgets'), [self::class, 'introduction'], self::PAGE);
        $fields = [
            'region' => __('Region', 'dn-widgets'),
            'clinicName' => __('Clinic name', 'dn-widgets'),
            'clinicPhone' => __('Clinic phone', 'dn-widgets'),
            'afterHours' => __('Out of hours', 'dn-widgets'),
            'reviewedBy' => __('Clinical reviewer', 'dn-widgets'),
            'reviewedOn' => __('Reviewed on', 'dn-widgets'),
        ];
        foreach ($fields as $key => $label) {
            add_settings_field(
                'dn-widgets-' . $key,
                $label,
                [self::class, 'field'],
                self::PAGE,
                'clinic',
                ['key' => $key, 'label_for' => 'dn-widgets-' . $key]
            );
        }
    }

    public static function addPage(): void
    {
        add_options_page(
            __('Dry needling widgets', 'dn-widgets'),
            __('Dry needling widgets', 'dn-widgets'),
            'manage_options',
            self::PAGE,
            [self::class, 'page']
        );
    }

    /** @param string[] $links */
    public static function actionLinks(array $links): array
    {
        $url = admin_url('options-general.php?page=' . self::PAGE);
        array_unshift($links, '<a href="' . esc_url($url) . '">' . esc_html__('Settings', 'dn-widgets') . '</a>');
        return $links;
    }

    public static function introduction(): void
    {
        echo '<p>' . esc_html__(
            'Every dry needling widget on this site uses these details, unless a block or shortcode sets its own.',
            'dn-widgets'
        ) . '</p>';
        echo '<p>' . esc_html__(
            'The region sets the emergency number patients are told to call. '
            . 'Have a local clinician confirm it before use.',
            'dn-widgets'
        ) . '</p>';
    }

    public static function page(): void
    {
        if (!current_user_can('manage_options')) {
            return;
        }
        echo '<div class="wrap"><h1>' . esc_html(get_admin_page_title()) . '</h1>';
        echo '<form action="' . esc_url(admin_url('options.php')) . '" method="post">';
        settings_fields(self::PAGE);
        do_settings_sections(self::PAGE);
        submit_button();
        echo '</form></div>';
    }

    /** @param array{key: string, label_for: string} $args */
    public static function field(array $args): void
    {
        $key = $args['key'];
        $id = $args['label_for'];
        $name = self::OPTION . '[' . $key . ']';
        $value = self::get()[$key];
        if ($key === 'region') {
            echo '<select id="' . esc_attr($id) . '" name="' . esc_attr($name) . '">';
            echo '<option value="">' . esc_html__('Not set: "your local emergency number"', 'dn-widgets') . '</option>';
            foreach (self::regionChoices() as $code => $label) {
                echo '<option value="' . esc_attr($code) . '"' . selected($value, $code, false) . '>'
                    . esc_html($label) . '</option>';
            }
            echo '</select>';
            return;
        }
        if ($key === 'afterHours') {
            echo '<textarea id="' . esc_attr($id) . '" name="' . esc_attr($name) . '" rows="3" class="large-text">'
                . esc_textarea($value) . '</textarea>';
            echo '<p class="description">' . esc_html__(
                'Plain text, shown with the urgent advice, '
                . 'e.g. "Out of hours? Leave a message and we call you back by 9 am."',
                'dn-widgets'
            ) . '</p>';
            return;
        }
        $type = $key === 'reviewedOn' ? 'date' : ($key === 'clinicPhone' ? 'tel' : 'text');
        echo '<input id="' . esc_attr($id) . '" name="' . esc_attr($name) . '" type="' . esc_attr($type)
            . '" value="' . esc_attr($value) . '" class="regular-text">';
        $help = [
            'clinicPhone' => __(
                'Digits, spaces and + - ( ) . only. Shown as a link that calls the clinic.',
                'dn-widgets'
            ),
            'reviewedBy' => __(
                'Who checked the content for your clinic, e.g. "Dr A. Patel, physiotherapist".',
                'dn-widgets'
            ),
            'reviewedOn' => __('The date they checked it.', 'dn-widgets'),
        ];
        if (isset($help[$key])) {
            echo '<p class="description">' . esc_html($help[$key]) . '</p>';
        }
    }

    /**
     * Region codes with the country's name and emergency number, from the
     * generated region table ("GB: United Kingdom (emergency 999)").
     *
     * @return array<string, string>
     */
    private static function regionChoices(): array
    {
        $file = Plugin::path('build/regions.json');
        $regions = is_readable($file) ? json_decode((string) file_get_contents($file), true) : [];
        $choices = [];
        foreach (is_array($regions) ? $regions : [] as $code => $region) {
            /* translators: 1: region code, 2: country or region name, 3: its emergency phone number */
            $label = __('%1$s: %2$s (emergency %3$s)', 'dn-widgets');
            $choices[$code] = sprintf($label, $code, $region['name'], $region['emergency']);
        }
        return $choices;
    }

    /**
     * Checks what the settings form sent: a known region, a phone that makes a
     * valid tel: link, an ISO date, plain text of a sensible length. A bad value
     * is refused with a message and the saved one kept.
     *
     * @param mixed $input
     * @return array<string, string>
     */
    public static function sanitize($input): array
    {
        $saved = self::get();
        if (!is_array($input)) {
            return $saved;
        }
        $clean = [];
        foreach (Elements::SETTINGS as $key) {
            $raw = isset($input[$key]) && is_string($input[$key]) ? wp_unslash($input[$key]) : '';
            $value = $key === 'afterHours' ? sanitize_textarea_field($raw) : sanitize_text_field($raw);
            if ($key === 'region') {
                $value = strtoupper($value);
            }
            $problem = $value === '' ? null : self::problem($key, $value);
            if ($problem !== null) {
                add_settings_error(self::OPTION, 'dn-widgets-' . $key, $problem);
                $clean[$key] = $saved[$key];
                continue;
            }
            $clean[$key] = $value;
        }
        return $clean;
    }

    /** What is wrong with a setting's value, in words for the clinic; null when nothing is. */
    private static function problem(string $key, string $value): ?string
    {
        $limit = $key === 'afterHours' ? self::MAX_AFTER_HOURS : self::MAX_TEXT;
        if (mb_strlen($value, 'UTF-8') > $limit) {
            /* translators: %d: a number of characters */
            return sprintf(__('Use at most %d characters.', 'dn-widgets'), $limit);
        }
        if ($key === 'region' && !in_array($value, Fallback::regionCodes(), true)) {
            return __('Choose a region from the list.', 'dn-widgets');
        }
        if ($key === 'clinicPhone' && Fallback::telUrl($value) === null) {
            return __('This is not a phone number: use digits, spaces and + - ( ) . only.', 'dn-widgets');
        }
        if ($key === 'reviewedOn' && !Fallback::isIsoDate($value)) {
            return __('Give the date as YYYY-MM-DD.', 'dn-widgets');
        }
        return null;
    }
}
