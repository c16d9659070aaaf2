//! Share links: the plan's canonical JSON, compressed, in the URL fragment (`#share=1.<data>`),
//! which browsers never send to a server. Compression itself is the browser's (deflate-raw);
//! this module builds and reads the link around it.

use super::json::MAX_FILE_BYTES;
use crate::plan::Plan;

/// What starts the fragment of a share link.
pub const FRAGMENT_KEY: &str = "share=";
/// The payload version: 1 is deflate-raw of the compact canonical JSON, in base64url.
const PAYLOAD_VERSION: &str = "1";
/// Links longer than this are cut or refused by many chat and mail apps; past it, the file is
/// the reliable way to share.
pub const MAX_LINK_CHARS: usize = 32_768;

/// Why a share link could not be made or read. Each message says what to do instead.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ShareError {
    #[error("This plan is too large for a link ({chars} characters; links longer than {limit} are cut by many apps). Export it as a JSON file and send the file instead.")]
    TooLarge { chars: usize, limit: usize },
    #[error("This share link holds no plan: nothing follows \"#share=\". Ask for the link again.")]
    Empty,
    #[error("This share link was made by a newer version of Launchplan (link version \"{found}\"). Update Launchplan, or ask for the plan as a JSON file.")]
    NewerVersion { found: String },
    #[error("This share link is damaged: character {at} (\"{found}\") cannot be part of it. It may have been cut or changed when it was copied; ask for the link again.")]
    BadCharacter { at: usize, found: char },
    #[error("This share link is damaged: its data ends part way through. It may have been cut when it was copied; ask for the link again.")]
    Truncated,
    #[error("This share link is damaged: its data does not unpack. It may have been cut or changed when it was copied; ask for the link again.")]
    Unpack,
    #[error("This share link unpacks to more than {limit} bytes, more than any plan file may hold. It was not read.")]
    Unpacked { limit: usize },
    #[error("This share link is {chars} characters long, longer than any link Launchplan makes ({limit}). It was not read; ask for the plan as a JSON file.")]
    LinkTooLong { chars: usize, limit: usize },
}

/// The text a link carries, before compression: the canonical file, without indentation.
pub fn share_payload(plan: &Plan) -> String {
    super::json::export_json_compact(plan)
}

/// The link for `compressed` (the payload deflated), opened at `base` (the page without its
/// fragment); refused when longer than [`MAX_LINK_CHARS`].
pub fn share_link(base: &str, compressed: &[u8]) -> Result<String, ShareError> {
    let link = format!(
        "{base}#{FRAGMENT_KEY}{PAYLOAD_VERSION}.{}",
        encode_base64url(compressed)
    );
    let chars = link.chars().count();
    if chars > MAX_LINK_CHARS {
        return Err(ShareError::TooLarge {
            chars,
            limit: MAX_LINK_CHARS,
        });
    }
    Ok(link)
}

/// The compressed payload in a URL fragment (with or without its `#`): `None` when the fragment
/// is not a share link (an in-page anchor, say).
pub fn compressed_from_fragment(fragment: &str) -> Option<Result<Vec<u8>, ShareError>> {
    let body = fragment
        .trim_start_matches('#')
        .strip_prefix(FRAGMENT_KEY)?;
    // Checked before any decoding or unpacking: a fragment of megabytes would otherwise be
    // inflated to gigabytes before its size could be refused.
    if body.len() > MAX_LINK_CHARS {
        return Some(Err(ShareError::LinkTooLong {
            chars: body.chars().count(),
            limit: MAX_LINK_CHARS,
        }));
    }
    Some(decode_body(body))
}

/// Checks the unpacked size: a link may not unpack to more than a plan file may hold.
pub fn check_unpacked(bytes: &[u8]) -> Result<(), ShareError> {
    if bytes.len() > MAX_FILE_BYTES {
        Err(ShareError::Unpacked {
            limit: MAX_FILE_BYTES,
        })
    } else {
        Ok(())
    }
}

fn decode_body(body: &str) -> Result<Vec<u8>, ShareError> {
    if body.is_empty() {
        return Err(ShareError::Empty);
    }
    let Some((version, data)) = body.split_once('.') else {
        return Err(ShareError::NewerVersion {
            found: body.chars().take(12).collect(),
        });
    };
    if version != PAYLOAD_VERSION {
        return Err(ShareError::NewerVersion {
            found: version.chars().take(12).collect(),
        });
    }
    if data.is_empty() {
        return Err(ShareError::Empty);
    }
    // Name the first character that cannot be base64url, counted in the whole fragment.
    if let Some((i, c)) = data
        .chars()
        .enumerate()
        .find(|(_, c)| !(c.is_ascii_alphanumeric() || *c == '-' || *c == '_'))
    {
        let offset = FRAGMENT_KEY.len() + version.chars().count() + 1;
        return Err(ShareError::BadCharacter {
            at: offset + i + 1,
            found: c,
        });
    }
    decode_base64url(data).ok_or(ShareError::Truncated)
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Base64url without padding (RFC 4648 §5).
fn encode_base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
        }
    }
    out
}

/// Reads base64url without padding; `None` for a character outside the alphabet or a length
/// that cannot be whole bytes.
fn decode_base64url(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    for chunk in text.as_bytes().chunks(4) {
        if chunk.len() == 1 {
            return None;
        }
        let mut n = 0u32;
        for (i, c) in chunk.iter().enumerate() {
            let v = ALPHABET.iter().position(|a| a == c)? as u32;
            n |= v << (18 - 6 * i);
        }
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: &str = "https://example.org/tools/launchplan/";

    /// Regression (hostile input): a 1.9 MB fragment was inflated (to 1.48 GB, 7.5 s) before
    /// its size was refused; it is refused by its length, before any decoding.
    #[test]
    fn a_fragment_longer_than_any_link_is_refused_before_decoding() {
        let fragment = format!("#share=1.{}", "A".repeat(2_000_000));
        let started = std::time::Instant::now();
        let result = compressed_from_fragment(&fragment);
        assert!(
            matches!(result, Some(Err(ShareError::LinkTooLong { .. }))),
            "{result:?}"
        );
        assert!(started.elapsed() < std::time::Duration::from_millis(200));
    }

    #[test]
    fn a_link_carries_the_bytes_it_was_given() {
        let bytes: Vec<u8> = (0..=255).collect();
        let link = share_link(BASE, &bytes).unwrap();
        assert!(link.starts_with("https://example.org/tools/launchplan/#share=1."));
        let fragment = link.split_once('#').unwrap().1;
        assert_eq!(compressed_from_fragment(fragment), Some(Ok(bytes.clone())));
        assert_eq!(
            compressed_from_fragment(&format!("#{fragment}")),
            Some(Ok(bytes))
        );
    }

    proptest::proptest! {
        #[test]
        fn base64url_matches_the_base64_crate(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..200)) {
            use base64::Engine as _;
            let expected = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(&bytes);
            proptest::prop_assert_eq!(&encode_base64url(&bytes), &expected);
            proptest::prop_assert_eq!(decode_base64url(&expected), Some(bytes));
        }
    }

    #[test]
    fn other_fragments_are_not_share_links() {
        assert_eq!(compressed_from_fragment(""), None);
        assert_eq!(compressed_from_fragment("#main"), None);
        assert_eq!(compressed_from_fragment("#day-2026-02-10"), None);
    }

    #[test]
    fn a_plan_too_large_for_a_link_is_refused_with_the_numbers() {
        let bytes = vec![7u8; MAX_LINK_CHARS];
        match share_link(BASE, &bytes) {
            Err(e @ ShareError::TooLarge { chars, limit }) => {
                assert!(chars > limit);
                assert!(e.to_string().contains("Export it as a JSON file"));
            }
            other => panic!("expected TooLarge, got {other:?}"),
        }
    }

    #[test]
    fn damaged_links_say_what_is_wrong() {
        assert_eq!(
            compressed_from_fragment("share="),
            Some(Err(ShareError::Empty))
        );
        assert_eq!(
            compressed_from_fragment("share=1."),
            Some(Err(ShareError::Empty))
        );
        assert!(matches!(
            compressed_from_fragment("share=2.AAAA"),
            Some(Err(ShareError::NewerVersion { found })) if found == "2"
        ));
        assert!(matches!(
            compressed_from_fragment("share=abc"),
            Some(Err(ShareError::NewerVersion { .. }))
        ));
        // A space where a chat app broke the line: named by position.
        let e = compressed_from_fragment("share=1.AAAA AAAA")
            .unwrap()
            .unwrap_err();
        assert_eq!(e, ShareError::BadCharacter { at: 13, found: ' ' });
        assert!(e.to_string().contains("character 13"));
        // One character of a group of four cannot be whole bytes.
        assert_eq!(
            compressed_from_fragment("share=1.AAAAA"),
            Some(Err(ShareError::Truncated))
        );
    }

    #[test]
    fn the_unpacked_size_is_capped_at_the_file_limit() {
        assert!(check_unpacked(&[0; 10]).is_ok());
        assert!(matches!(
            check_unpacked(&vec![0; MAX_FILE_BYTES + 1]),
            Err(ShareError::Unpacked { .. })
        ));
    }

    #[test]
    fn the_payload_is_the_compact_canonical_file() {
        let plan = crate::default_plan::default_plan().plan;
        let payload = share_payload(&plan);
        assert!(!payload.contains('\n'));
        assert_eq!(super::super::json::import_json(&payload), Ok(plan));
    }
}
