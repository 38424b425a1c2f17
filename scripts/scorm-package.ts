// Turning the built site into a SCORM 1.2 package: relative links, a launch page, a manifest.

/** `../` steps from a file at `rel` (e.g. "customer-org/roles/index.html") back to the package root. */
export const prefixFor = (rel: string) => '../'.repeat(rel.split('/').length - 1);

/** "/customer-org/roles/#x" seen from a page at `prefix` → "../../customer-org/roles/index.html#x". */
export function relativeUrl(url: string, prefix: string): string {
  const m = /^\/(?!\/)([^?#]*)([?#].*)?$/.exec(url);
  if (!m) return url;
  const path = m[1]!;
  const rest = m[2] ?? '';
  const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
  return `${prefix}${file}${rest}`;
}

/**
 * Rewrites a built page for the package: every root-relative link in attributes (href, src, and
 * the island attributes Astro uses) and inside island props becomes relative, and the page is
 * marked so that links built in the browser do the same (src/lib/urls.ts).
 */
export function rewriteHtml(html: string, rel: string): string {
  const prefix = prefixFor(rel) || './';
  const attrs = /\b(href|src|component-url|renderer-url|before-hydration-url|action)="(\/[^"]*)"/g;
  return html
    .replace(attrs, (_, name: string, url: string) => `${name}="${relativeUrl(url, prefix)}"`)
    // Island props are JSON inside an attribute: quotes appear as &quot;.
    .replace(/&quot;(\/(?!\/)[^&]*?)&quot;/g, (_, url: string) => `&quot;${relativeUrl(url, prefix)}&quot;`)
    .replace(/<html\b([^>]*)>/, `<html$1 data-root="${prefix}" data-index="index.html">`);
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export type ScormVersion = '1.2' | '2004';

/** imsmanifest.xml for a package with one SCO, the launch page, and every file: SCORM 1.2, or SCORM 2004 4th edition. */
export function manifest(opts: { id: string; title: string; mastery: number; files: string[]; version?: ScormVersion }): string {
  const id = xml(opts.id);
  const title = xml(opts.title);
  const files = opts.files.map((f) => `      <file href="${xml(f)}"/>`).join('\n');
  if (opts.version === '2004') {
    return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}-manifest" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="${id}-org">
    <organization identifier="${id}-org">
      <title>${title}</title>
      <item identifier="${id}-item" identifierref="${id}-sco" isvisible="true">
        <title>${title}</title>
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="${id}-assessment" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${opts.mastery / 100}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}-sco" type="webcontent" adlcp:scormType="sco" href="launch.html">
${files}
    </resource>
  </resources>
</manifest>
`;
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}-manifest" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="${id}-org">
    <organization identifier="${id}-org">
      <title>${title}</title>
      <item identifier="${id}-item" identifierref="${id}-sco" isvisible="true">
        <title>${title}</title>
        <adlcp:masteryscore>${opts.mastery}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}-sco" type="webcontent" adlcp:scormtype="sco" href="launch.html">
${files}
    </resource>
  </resources>
</manifest>
`;
}

/** JSON that is safe inside a <script> element: no "</script>" or "<!--" can appear. */
export const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** The launch page: the LMS session lives here; the course runs in the iframe. `data` is src/lib/scorm/report.ts's LaunchData. */
export function launchPage(opts: { version: ScormVersion; title: string; noLms: string; data: unknown }): string {
  return `<!doctype html>
<html lang="zh-CN" data-scorm="${opts.version}">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>${xml(opts.title)}</title>
<style>html,body{margin:0;height:100%}iframe{border:0;width:100%;height:100%;display:block}#no-lms{margin:0;padding:.4rem 1rem;font:14px system-ui,sans-serif;background:#fbf0d9}</style>
<script type="application/json" id="launch-data">${scriptJson(opts.data)}</script>
</head>
<body>
<p id="no-lms" hidden>${xml(opts.noLms)}</p>
<iframe id="course" title="${xml(opts.title)}"></iframe>
<script src="launch.js"></script>
</body>
</html>
`;
}
