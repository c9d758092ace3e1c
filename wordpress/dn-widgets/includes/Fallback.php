<?php

namespace DnWidgets;

/**
 * The server-rendered fallback of an element: plain HTML inside the element,
 * for visitors without JavaScript (and for search engines), hidden by the
 * element once it renders.
 *
 * The HTML is not written here: `npm run build:wordpress` generates one pack
 * per locale (build/fallback/<locale>.json) from the same content modules and
 * translations the elements render. This class only picks the parts an
 * element shows and fills in the tokens, exactly as src/fallback/fill.ts does
 * (the end-to-end test compares the result with the rendered element).
 */
final class Fallback
{
    private const MAX_NAME = 120;

    /** Side effects and what-to-expect sections, in the elements' own order. */
    private const SIDE_EFFECTS = [
        'soreness', 'bleeding', 'bruising', 'tiredness', 'faintness',
        'nausea', 'flare', 'skin-redness', 'twitch', 'headache',
    ];
    private const SECTIONS = ['what-it-is', 'who', 'evidence', 'before', 'during', 'after'];
    private const TIERS = ['emergency', 'urgent', 'normal'];

    /** @var array<string, array<string, mixed>|null> Packs read in this request, by locale. */
    private static $packs = [];

    /** The folder of the generated packs. */
    public static function directory(): string
    {
        return Plugin::path('build/fallback');
    }

    /** @return string[] The locales the plugin has a pack for ("en", "es", "pt-BR", …). */
    public static function locales(): array
    {
        $locales = [];
        foreach (glob(self::directory() . '/*.json') ?: [] as $file) {
            $locales[] = basename($file, '.json');
        }
        sort($locales);
        return $locales;
    }

    /**
     * The locale the element speaks for a language tag, as the elements match
     * it: the same tag, else the same language and script ("es-MX" → "es",
     * "zh-CN" → "zh-Hans", "pt-PT" → "pt-BR"; "zh-TW", written in Traditional
     * characters, has none); English when there is none.
     */
    public static function matchLocale(string $tag): string
    {
        $wanted = strtolower(str_replace('_', '-', trim($tag)));
        $locales = self::locales();
        foreach ($locales as $locale) {
            if (strtolower($locale) === $wanted) {
                return $locale;
            }
        }
        $subtags = explode('-', $wanted);
        $language = $subtags[0];
        if ($language === 'zh') {
            $traditional = in_array('hant', $subtags, true) || array_intersect(['tw', 'hk', 'mo'], $subtags);
            return !$traditional && in_array('zh-Hans', $locales, true) ? 'zh-Hans' : 'en';
        }
        foreach ($locales as $locale) {
            if (strtolower(explode('-', $locale)[0]) === $language) {
                return $locale;
            }
        }
        return 'en';
    }

    /** @return array<string, mixed>|null The pack of a locale, or null when the plugin was not built. */
    public static function pack(string $locale): ?array
    {
        if (!array_key_exists($locale, self::$packs)) {
            $file = self::directory() . '/' . $locale . '.json';
            $pack = is_readable($file) ? json_decode((string) file_get_contents($file), true) : null;
            self::$packs[$locale] = is_array($pack) && ($pack['format'] ?? null) === 1 ? $pack : null;
        }
        return self::$packs[$locale];
    }

    /** @return string[] Every region code the widgets know, from the generated region table. */
    public static function regionCodes(): array
    {
        $pack = self::pack('en');
        return $pack ? array_values(array_filter(array_keys($pack['regions']), 'strlen')) : [];
    }

    /** Text safe in HTML text and in a quoted attribute, as the fallback generator escapes it. */
    public static function escape(string $text): string
    {
        return htmlspecialchars($text, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8');
    }

    /**
     * The `tel:` URL of a phone number as a clinic types it, or null when it is
     * not a phone number: only digits and a leading + reach the URL.
     */
    public static function telUrl(string $value): ?string
    {
        $trimmed = (string) preg_replace('/^tel:/i', '', trim($value));
        if (!preg_match('/^\+?[\d\s().-]+$/', $trimmed)) {
            return null;
        }
        $digits = (string) preg_replace('/\D/', '', $trimmed);
        if (strlen($digits) < 3 || strlen($digits) > 15) {
            return null;
        }
        return 'tel:' . (strpos($trimmed, '+') === 0 ? '+' : '') . $digits;
    }

    /** The region's entry in the pack, as the elements look it up ("uk", "GB-SCT" → "GB"); "" when there is none. */
    public static function regionKey(array $pack, string $value): string
    {
        $code = str_replace('_', '-', strtoupper(trim($value)));
        if (!preg_match('/^([A-Z]{2})(?:-([A-Z0-9]{1,3}))?$/', $code, $match)) {
            return '';
        }
        $country = $pack['regionAliases'][$match[1]] ?? $match[1];
        $subdivision = isset($match[2]) && $match[2] !== '' ? $country . '-' . $match[2] : null;
        if ($subdivision !== null && isset($pack['regions'][$subdivision])) {
            return $subdivision;
        }
        return isset($pack['regions'][$country]) ? $country : '';
    }

    /** Whether a value is an ISO 8601 date ("2026-11-20") that exists. */
    public static function isIsoDate(string $value): bool
    {
        if (!preg_match('/^(\d{4})-(\d{2})-(\d{2})$/', $value, $match)) {
            return false;
        }
        return checkdate((int) $match[2], (int) $match[3], (int) $match[1]);
    }

    /**
     * An element's fallback as HTML: the parts it shows for these options (its
     * own attributes, with the clinic's settings merged in), with the region's
     * numbers, the clinic's contact and the heading levels filled in. Every
     * value from the options is escaped. "" when the plugin was not built.
     *
     * @param array<string, mixed> $options headingLevel, region, clinicName, clinicPhone, afterHours,
     *                                      reviewedBy, reviewedOn, tiers, variant, items, eStim, sections
     */
    public static function render(string $tag, string $locale, array $options): string
    {
        $pack = self::pack($locale);
        if ($pack === null || !isset($pack['elements'][$tag])) {
            return '';
        }
        $elementParts = $pack['elements'][$tag];
        $text = static function (string $key) use ($options): string {
            return isset($options[$key]) && is_scalar($options[$key]) ? trim((string) $options[$key]) : '';
        };

        $parts = [];
        foreach (self::partsFor($tag, $options) as $name) {
            if ($name[0] === '<') {
                $parts[] = ['html' => $name, 'sources' => []];
            } elseif (isset($elementParts[$name])) {
                $parts[] = $elementParts[$name];
            }
        }

        $level = $text('headingLevel');
        $base = preg_match('/^[2-6]$/', $level) ? (int) $level : 2;
        $region = $pack['regions'][self::regionKey($pack, $text('region'))];

        $name = self::clinicName($text('clinicName'));
        $phoneText = $text('clinicPhone');
        $tel = $phoneText !== '' ? self::telUrl($phoneText) : null;
        $phone = $tel !== null
            ? '<a href="' . self::escape($tel) . '"><bdi dir="ltr">' . self::escape($phoneText) . '</bdi></a>'
            : null;
        $nameHtml = $name !== null ? '<bdi>' . self::escape($name) . '</bdi>' : null;
        $contact = '';
        if ($nameHtml !== null && $phone !== null) {
            $contact = self::fillClinic($pack['clinic']['nameAndPhone'], ['name' => $nameHtml, 'phone' => $phone]);
        } elseif ($phone !== null) {
            $contact = self::fillClinic($pack['clinic']['phone'], ['phone' => $phone]);
        } elseif ($nameHtml !== null) {
            $contact = self::fillClinic($pack['clinic']['name'], ['name' => $nameHtml]);
        }

        $afterHours = $text('afterHours');
        $reviewer = self::clinicName($text('reviewedBy'));
        $reviewedOn = $text('reviewedOn');
        $dated = self::isIsoDate($reviewedOn);
        $reviewerLine = '';
        if ($reviewer !== null) {
            $reviewerLine = '<p data-clinic-reviewer>' . self::fillClinic(
                $dated ? $pack['clinic']['reviewer'] : $pack['clinic']['reviewerUndated'],
                [
                    'name' => '<bdi>' . self::escape($reviewer) . '</bdi>',
                    'date' => $dated ? self::formatDate($pack['date'], $reviewedOn) : '',
                ]
            ) . '</p>';
        }

        $cited = [];
        foreach ($parts as $part) {
            foreach ($part['sources'] as $id) {
                $cited[$id] = true;
            }
        }
        $items = '';
        $count = 0;
        foreach ($pack['sources']['items'] as $id => $item) {
            if (isset($cited[$id])) {
                $items .= $item;
                $count++;
            }
        }
        $heading = self::fillClinic($pack['sources']['heading'], ['count' => self::localDigits($pack['date'], $count)]);

        $values = [
            'clinic.contact' => $contact !== '' ? '<p data-contact="clinic">' . $contact . '</p>' : '',
            'clinic.afterHours' => $afterHours !== ''
                ? '<p data-contact="after-hours">' . self::escape($afterHours) . '</p>'
                : '',
            'clinic.reviewer' => $reviewerLine,
            'sources' => '<details><summary>' . $heading . '</summary><ol>' . $items . '</ol></details>',
        ];
        foreach ($region as $key => $value) {
            $values['region.' . $key] = $value;
        }

        $body = implode('', array_column($parts, 'html'));
        $body = (string) preg_replace_callback(
            '/\{\{(h\d|region\.\w+|clinic\.\w+|sources)\}\}/',
            static function (array $match) use ($base, $values): string {
                $token = $match[1];
                if ($token[0] === 'h') {
                    return (string) min($base + (int) substr($token, 1), 6);
                }
                return $values[$token] ?? '';
            },
            $body
        );
        return '<div class="dn-fallback" data-dn-fallback lang="' . self::escape($pack['locale'])
            . '" dir="' . self::escape($pack['dir']) . '">' . $body . '</div>';
    }

    /** @return string[] The parts an element shows, in order, for its attributes. */
    private static function partsFor(string $tag, array $options): array
    {
        $option = static function (string $key) use ($options): ?string {
            return isset($options[$key]) && is_scalar($options[$key]) && !is_bool($options[$key])
                ? (string) $options[$key]
                : null;
        };
        switch ($tag) {
            case 'dn-red-flags':
                return array_merge(['title'], self::chosen($option('tiers'), self::TIERS, false), ['footer']);
            case 'dn-what-to-expect':
                $sections = array_map(static function (string $id): string {
                    return 'section:' . $id;
                }, self::chosen($option('sections'), self::SECTIONS, true));
                return array_merge(['title', 'intro'], $sections, ['footer']);
            case 'dn-side-effects':
                $variant = $option('variant') === 'summary' ? 'summary' : 'full';
                $items = array_map(static function (string $id) use ($variant): string {
                    return $variant . ':' . $id;
                }, self::chosen($option('items'), self::SIDE_EFFECTS, true));
                return array_merge(
                    ['title', 'emergency', 'intro', $variant === 'full' ? '<ul>' : '<dl>'],
                    $items,
                    [$variant === 'full' ? '</ul>' : '</dl>', 'rest'],
                    empty($options['eStim']) ? [] : ['e-stim'],
                    ['footer']
                );
            case 'dn-aftercare':
                return ['title', 'body', 'footer'];
            case 'dn-contraindication-check':
                return ['title', 'intro', empty($options['eStim']) ? 'questions' : 'questions:e-stim', 'footer'];
        }
        return [];
    }

    /** @return string[] The requested ids that exist, in the requested or the known order; all when none exists. */
    private static function chosen(?string $requested, array $known, bool $keepOrder): array
    {
        if ($requested === null) {
            return $known;
        }
        $words = array_values(array_unique(preg_split('/[\s,]+/', $requested, -1, PREG_SPLIT_NO_EMPTY) ?: []));
        $ids = array_values(array_intersect($words, $known));
        if (count($ids) === 0) {
            return $known;
        }
        return $keepOrder ? $ids : array_values(array_intersect($known, $ids));
    }

    private static function clinicName(string $name): ?string
    {
        if ($name === '') {
            return null;
        }
        if (mb_strlen($name, 'UTF-8') <= self::MAX_NAME) {
            return $name;
        }
        return mb_substr($name, 0, self::MAX_NAME - 1, 'UTF-8') . '…';
    }

    /** @param array<string, string> $values */
    private static function fillClinic(string $template, array $values): string
    {
        $fill = static function (array $match) use ($values): string {
            return $values[$match[1]] ?? '';
        };
        return (string) preg_replace_callback('/\{\{(name|phone|date|count)\}\}/', $fill, $template);
    }

    /** A number in the locale's digits. */
    private static function localDigits(array $pattern, int $value): string
    {
        $digits = preg_split('//u', $pattern['digits'], -1, PREG_SPLIT_NO_EMPTY) ?: str_split('0123456789');
        return (string) preg_replace_callback('/\d/', static function (array $match) use ($digits): string {
            return $digits[(int) $match[0]];
        }, (string) $value);
    }

    /** A long date in the locale ("20 November 2026"), from the pattern Intl gave at build time. */
    private static function formatDate(array $pattern, string $isoDate): string
    {
        [$year, $month, $day] = array_map('intval', explode('-', $isoDate));
        $text = '';
        foreach ($pattern['parts'] as $part) {
            if ($part['type'] === 'literal') {
                $text .= $part['value'];
            } elseif ($part['type'] === 'month') {
                $text .= $pattern['months'][$month - 1];
            } else {
                $text .= self::localDigits($pattern, $part['type'] === 'day' ? $day : $year);
            }
        }
        return $text;
    }
}
