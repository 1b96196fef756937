/**
 * Is a URL on one of these hosts? The hosts are match patterns of the form the manifest takes,
 * `<scheme>://<host>/*`, where the scheme is `*` (http or https), `http` or `https`, and the host is
 * exact or `*.domain` (the domain and every subdomain). Paths are not compared: an adapter's
 * `matches` says which pages of the host hold a conversation.
 */
export function onHosts(patterns: readonly string[], url: URL): boolean {
  return patterns.some((pattern) => {
    const [scheme = '', rest = ''] = pattern.split('://');
    const host = rest.slice(0, rest.indexOf('/'));
    if (scheme === '*' ? url.protocol !== 'http:' && url.protocol !== 'https:' : url.protocol !== `${scheme}:`) return false;
    if (!host.startsWith('*.')) return url.hostname === host;
    const domain = host.slice(2);
    return url.hostname === domain || url.hostname.endsWith(`.${domain}`);
  });
}
