/*
 * The web app manifest, written at build time so that its start URL, scope and icons sit under
 * the site's base ("/" or, built with BASE_PATH=/training/, "/training/"): the URLs come from
 * src/lib/urls.ts.
 */
import { SITE_BASE } from '../data/route.ts';
import { assetPath } from '../lib/urls.ts';

const icon = (file: string, sizes: string, type: string, purpose?: string) => ({ src: assetPath(file, SITE_BASE), sizes, type, ...(purpose ? { purpose } : {}) });

export function GET(): Response {
  const manifest = {
    name: '政企销售训练营',
    short_name: '政企销售',
    description: '学会读懂政府与企业客户：他们如何组织、如何决策、如何采购。',
    lang: 'zh-CN',
    start_url: SITE_BASE,
    scope: SITE_BASE,
    display: 'standalone',
    background_color: '#fbfaf7',
    theme_color: '#1d5c8c',
    icons: [icon('favicon.svg', 'any', 'image/svg+xml'), icon('icon-192.png', '192x192', 'image/png'), icon('icon-512.png', '512x512', 'image/png', 'any maskable')],
  };
  return new Response(`${JSON.stringify(manifest, null, 2)}\n`, { headers: { 'content-type': 'application/manifest+json' } });
}
