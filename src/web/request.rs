//! What a request says about where it comes from (the peer, a trusted proxy's word, the page that
//! sent a form) and its form fields decoded strictly, shared by the public contact form and the
//! workbench.

use std::net::{IpAddr, SocketAddr};

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};

/// The address of the peer that connected, when the server was started with connection info.
pub struct PeerAddr(pub Option<SocketAddr>);

impl<S: Send + Sync> FromRequestParts<S> for PeerAddr {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(PeerAddr(
            parts
                .extensions
                .get::<ConnectInfo<SocketAddr>>()
                .map(|c| c.0),
        ))
    }
}

/// Whether a post comes from a page of this portal: no `Origin` (older browsers, other clients),
/// or one whose host is the host the request was sent to.
pub fn same_origin(headers: &HeaderMap, trust_proxy: bool) -> bool {
    let Some(origin) = headers.get(header::ORIGIN) else {
        return true;
    };
    let Some(origin_host) = origin
        .to_str()
        .ok()
        .and_then(|o| o.split_once("://"))
        .map(|(_, host)| host.trim_end_matches('/'))
    else {
        // "null" (sandboxed frames, privacy-sensitive redirects) and anything malformed.
        return false;
    };
    let forwarded = trust_proxy
        .then(|| headers.get("x-forwarded-host"))
        .flatten();
    let host = forwarded
        .or_else(|| headers.get(header::HOST))
        .and_then(|h| h.to_str().ok())
        .map(|h| h.split(',').next().unwrap_or_default().trim());
    host.is_some_and(|host| !host.is_empty() && host.eq_ignore_ascii_case(origin_host))
}

/// Who is rate-limited: the peer address, or behind a trusted proxy the last `X-Forwarded-For`
/// entry (the one the proxy added). IPv6 addresses count per /64, which one connection usually
/// owns whole.
pub fn client_key(headers: &HeaderMap, peer: Option<SocketAddr>, trust_proxy: bool) -> String {
    let forwarded = trust_proxy
        .then(|| {
            // Only the last entry was written by the proxy; earlier ones are the client's say.
            let entries: Vec<&str> = headers
                .get_all("x-forwarded-for")
                .iter()
                .filter_map(|v| v.to_str().ok())
                .flat_map(|v| v.split(','))
                .collect();
            entries.last().and_then(|a| a.trim().parse::<IpAddr>().ok())
        })
        .flatten();
    match forwarded.or(peer.map(|p| p.ip())) {
        Some(IpAddr::V6(v6)) => match v6.to_ipv4_mapped() {
            Some(v4) => v4.to_string(),
            None => {
                let s = v6.segments();
                format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
            }
        },
        Some(IpAddr::V4(v4)) => v4.to_string(),
        None => "unknown".to_owned(),
    }
}

/// Decodes an `application/x-www-form-urlencoded` body or query. `None` when a name or value is
/// not UTF-8 once decoded: such text is refused, not silently mended with replacement characters
/// (which the usual decoders do).
pub fn decode_form(body: &[u8]) -> Option<Vec<(String, String)>> {
    body.split(|b| *b == b'&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (name, value) = match pair.iter().position(|b| *b == b'=') {
                Some(i) => (&pair[..i], &pair[i + 1..]),
                None => (pair, &[][..]),
            };
            Some((decode_component(name)?, decode_component(value)?))
        })
        .collect()
}

/// `+` is a space, `%XX` a byte; a `%` not followed by two hex digits stands for itself.
fn decode_component(bytes: &[u8]) -> Option<String> {
    let spaced: Vec<u8> = bytes
        .iter()
        .map(|&b| if b == b'+' { b' ' } else { b })
        .collect();
    percent_encoding::percent_decode(&spaced)
        .decode_utf8()
        .ok()
        .map(|text| text.into_owned())
}

/// The first value of `name`.
pub fn first<'a>(pairs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(*name, HeaderValue::from_static(value));
        }
        map
    }

    #[test]
    fn form_bodies_decode_plus_percent_and_stray_percent_signs() {
        let pairs =
            decode_form(b"name=Anna+Nowak&subject=50%25+%3Cb%3E&x=%zz&empty=&flag").unwrap();
        assert_eq!(first(&pairs, "name"), Some("Anna Nowak"));
        assert_eq!(first(&pairs, "subject"), Some("50% <b>"));
        assert_eq!(first(&pairs, "x"), Some("%zz"));
        assert_eq!(first(&pairs, "empty"), Some(""));
        assert_eq!(first(&pairs, "flag"), Some(""));
        assert_eq!(
            first(&decode_form(b"a=%C8%99&a=second").unwrap(), "a"),
            Some("ș"),
            "the first value counts"
        );
        assert_eq!(first(&decode_form(b"a=%").unwrap(), "a"), Some("%"));
        assert_eq!(first(&decode_form(b"a=%4").unwrap(), "a"), Some("%4"));
    }

    #[test]
    fn invalid_utf8_is_refused_raw_or_percent_encoded() {
        assert!(decode_form(b"name=%FF%FE").is_none());
        assert!(decode_form(b"name=\xff").is_none());
        assert!(decode_form(b"%C3=x").is_none());
    }

    #[test]
    fn posts_from_other_sites_are_refused() {
        assert!(same_origin(&headers(&[("host", "portal.example")]), false));
        assert!(same_origin(
            &headers(&[
                ("host", "127.0.0.1:8080"),
                ("origin", "http://127.0.0.1:8080")
            ]),
            false
        ));
        assert!(!same_origin(
            &headers(&[
                ("host", "portal.example"),
                ("origin", "https://evil.example")
            ]),
            false
        ));
        assert!(!same_origin(
            &headers(&[("host", "portal.example"), ("origin", "null")]),
            false
        ));
        let proxied = headers(&[
            ("host", "127.0.0.1:8080"),
            ("x-forwarded-host", "portal.example"),
            ("origin", "https://portal.example"),
        ]);
        assert!(same_origin(&proxied, true));
        assert!(!same_origin(&proxied, false));
    }

    #[test]
    fn the_client_is_the_peer_unless_a_trusted_proxy_names_it() {
        let peer: SocketAddr = "192.0.2.1:5000".parse().unwrap();
        let forwarded = headers(&[("x-forwarded-for", "203.0.113.9, 198.51.100.7")]);
        assert_eq!(client_key(&forwarded, Some(peer), false), "192.0.2.1");
        assert_eq!(client_key(&forwarded, Some(peer), true), "198.51.100.7");
        assert_eq!(client_key(&HeaderMap::new(), Some(peer), true), "192.0.2.1");
        let v6: SocketAddr = "[2001:db8:1:2:3:4:5:6]:443".parse().unwrap();
        assert_eq!(
            client_key(&HeaderMap::new(), Some(v6), false),
            "2001:db8:1:2::/64"
        );
        assert_eq!(client_key(&HeaderMap::new(), None, false), "unknown");
    }
}
