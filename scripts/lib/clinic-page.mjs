// A clinic's page about dry needling with all five elements, as the
// Lighthouse run and the cold-cache bench load it: the clinic's own header and
// text around the widgets, inside one <dn-config>.

/** The elements of one "copy", in the order a patient meets them. */
export const ELEMENTS = [
  '<dn-what-to-expect></dn-what-to-expect>',
  '<dn-contraindication-check></dn-contraindication-check>',
  '<dn-side-effects></dn-side-effects>',
  '<dn-aftercare></dn-aftercare>',
  '<dn-red-flags></dn-red-flags>',
];

/**
 * `script` is the bundle's URL, loaded with the README's embed snippet: a
 * render-blocking module script in the head, or with `classic`, a plain
 * script tag there.
 */
export function clinicPage({script, classic = false}) {
  const tag = classic ? `<script src="${script}"></script>` : `<script type="module" blocking="render" src="${script}"></script>`;
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Dry needling at Riverside Physio</title>
<meta name="description" content="What to expect from dry needling at Riverside Physio, whether it suits you, normal side effects, aftercare and when to get help.">
<style>body{margin:0;font-family:system-ui,sans-serif;line-height:1.5;color:#212b32}header,main,footer{max-width:46rem;margin:0 auto;padding:1rem}</style>
${tag}
</head>
<body>
<header><h1>Dry needling at Riverside Physio</h1><p>Everything you need to know before and after your session.</p></header>
<main>
<dn-config region="GB" clinic-name="Riverside Physio" clinic-phone="020 7946 0000">
${ELEMENTS.join('\n')}
</dn-config>
</main>
<footer><p>Riverside Physio, 1 River Street, London. Call us on <a href="tel:+442079460000">020 7946 0000</a>.</p></footer>
</body>
</html>`;
}
