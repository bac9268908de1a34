//! What a ballot page's QR code says, written and read back by the same code: the meeting, the
//! round, the form's fingerprint, the ballot's serial and page k of N.
//!
//! How a reader uses it: decode either of the page's two QR symbols (see [`super::layout`] for
//! where they are; error correction level Q) and [`PagePayload::parse`] the text:
//!
//! `PY1:<meeting>:<round>:<fingerprint>:<serial>:<k>/<N>`
//!
//! - `PY1` is the version tag; a reader refuses any other ([`CodeError::Version`]).
//! - `<meeting>` is [`meeting_id`] (12 upper-case hex digits), made from the moment the meeting
//!   file was created, so every copy of the meeting (merged or not) has the same one.
//! - `<round>` is the round's id in the meeting file (decimal).
//! - `<fingerprint>` is [`fingerprint`] (16 upper-case hex digits) of the round's targets, items
//!   and scales: a ballot printed before the form changed does not match the form now.
//! - `<serial>` is 8 digits (7 random and a Damm check digit, [`serial_is_well_formed`]), or `-`
//!   for ballots printed with `--no-serial`.
//! - `k/N`: this is page k (1-based) of the N pages of one ballot; the layout's `pages[k-1]`.
//!
//! Every character is from the QR alphanumeric set (digits, A–Z, `:`, `-`, `/`), so the symbol
//! stays small.

use crate::model::{BallotRound, Id, Session};
use std::fmt::Write as _;

/// The version tag that opens every payload.
pub const TAG: &str = "PY1";
/// The serial of a ballot printed without one.
pub const NO_SERIAL: &str = "-";
/// Digits in a serial, check digit included.
pub const SERIAL_DIGITS: usize = 8;

/// Everything one page's code says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PagePayload {
    pub meeting: String,
    pub round: Id,
    pub fingerprint: String,
    /// `None` for a ballot printed without a serial.
    pub serial: Option<String>,
    /// 1-based.
    pub page: u32,
    pub pages: u32,
}

/// Why a code's text is not a pingyi ballot page.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CodeError {
    #[error("not a pingyi ballot code")]
    NotOurs,
    #[error("a pingyi ballot code of another version ({0}); this build reads {TAG}")]
    Version(String),
    #[error("a damaged pingyi ballot code: {0}")]
    Malformed(&'static str),
}

impl PagePayload {
    /// The text to put in the QR code.
    pub fn encode(&self) -> String {
        format!(
            "{TAG}:{}:{}:{}:{}:{}/{}",
            self.meeting,
            self.round,
            self.fingerprint,
            self.serial.as_deref().unwrap_or(NO_SERIAL),
            self.page,
            self.pages
        )
    }

    /// Reads a code's text back, checking every part's shape (and the serial's check digit).
    pub fn parse(text: &str) -> Result<PagePayload, CodeError> {
        let text = text.trim();
        let mut parts = text.split(':');
        let tag = parts.next().unwrap_or_default();
        if tag != TAG {
            return Err(if tag.len() == 3 && tag.starts_with("PY") {
                CodeError::Version(tag.to_string())
            } else {
                CodeError::NotOurs
            });
        }
        let fields: Vec<&str> = parts.collect();
        let [meeting, round, fp, serial, pages] = fields[..] else {
            return Err(CodeError::Malformed("wrong number of parts"));
        };
        if !is_upper_hex(meeting, MEETING_HEX) {
            return Err(CodeError::Malformed("meeting id"));
        }
        let round: Id = round
            .parse()
            .map_err(|_| CodeError::Malformed("round id"))?;
        if !is_upper_hex(fp, FINGERPRINT_HEX) {
            return Err(CodeError::Malformed("fingerprint"));
        }
        let serial = match serial {
            NO_SERIAL => None,
            s if serial_is_well_formed(s) => Some(s.to_string()),
            _ => return Err(CodeError::Malformed("serial")),
        };
        let (k, n) = pages.split_once('/').ok_or(CodeError::Malformed("page"))?;
        let page: u32 = k.parse().map_err(|_| CodeError::Malformed("page"))?;
        let pages: u32 = n.parse().map_err(|_| CodeError::Malformed("page count"))?;
        if page == 0 || page > pages {
            return Err(CodeError::Malformed("page out of range"));
        }
        Ok(PagePayload {
            meeting: meeting.to_string(),
            round,
            fingerprint: fp.to_string(),
            serial,
            page,
            pages,
        })
    }
}

const MEETING_HEX: usize = 12;
const FINGERPRINT_HEX: usize = 16;

fn is_upper_hex(s: &str, len: usize) -> bool {
    s.len() == len
        && s.bytes()
            .all(|b| b.is_ascii_digit() || (b'A'..=b'F').contains(&b))
}

/// FNV-1a, 64 bits: small, fixed for all time, the same on every machine (std's hasher is not).
fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// The meeting's id: from the moment its file was created, which no edit changes and every
/// copy of the meeting shares.
pub fn meeting_id(s: &Session) -> String {
    let h = fnv1a(s.created.to_rfc3339().as_bytes());
    format!("{:012X}", h >> 16)
}

/// The form's fingerprint: its targets, items and scales (names and grades in order). A change
/// to any of them changes it; counts, rates and the round's name do not.
pub fn fingerprint(round: &BallotRound) -> String {
    // Unit and record separators cannot occur in a name typed in pingyi's fields, so no two
    // different forms give the same text.
    let mut text = String::new();
    for t in &round.targets {
        let _ = write!(text, "T{}\u{1f}{}\u{1e}", t.id, t.name);
    }
    for i in &round.items {
        let _ = write!(text, "I{}\u{1f}{}", i.id, i.name);
        for g in &i.scale.grades {
            let _ = write!(text, "\u{1f}{}", g.label);
        }
        text.push('\u{1e}');
    }
    format!("{:016X}", fnv1a(text.as_bytes()))
}

/// Damm's table: a check digit that catches every single wrong digit and every swap of two
/// neighbours, the mistakes of someone copying a serial by hand.
const DAMM: [[u8; 10]; 10] = [
    [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
    [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
    [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
    [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
    [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
    [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
    [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
    [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
    [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
    [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
];

fn damm_interim(digits: &str) -> Option<u8> {
    digits.bytes().try_fold(0u8, |acc, b| {
        b.is_ascii_digit()
            .then(|| DAMM[usize::from(acc)][usize::from(b - b'0')])
    })
}

/// A serial from a number below 10,000,000: seven digits and the check digit.
pub fn serial_from(n: u32) -> String {
    let body = format!("{:07}", n % 10_000_000);
    let check = damm_interim(&body).unwrap_or(0);
    format!("{body}{check}")
}

/// Whether `s` is eight digits whose last is the check digit of the seven before.
pub fn serial_is_well_formed(s: &str) -> bool {
    s.len() == SERIAL_DIGITS && damm_interim(s) == Some(0)
}

/// Why serials could not be drawn.
#[derive(Debug, thiserror::Error)]
#[error("the system's random source failed: {0}")]
pub struct RandomError(String);

/// `count` new random serials, none already in `taken` nor repeated: random, so the order in
/// which ballots are handed out cannot be read back from them.
pub fn new_serials(count: usize, taken: &[String]) -> Result<Vec<String>, RandomError> {
    let mut out: Vec<String> = Vec::with_capacity(count);
    let mut seen: std::collections::HashSet<String> = taken.iter().cloned().collect();
    while out.len() < count {
        let mut buf = [0u8; 4];
        getrandom::fill(&mut buf).map_err(|e| RandomError(e.to_string()))?;
        let s = serial_from(u32::from_le_bytes(buf) % 10_000_000);
        if seen.insert(s.clone()) {
            out.push(s);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{BallotItem, Grade, Scale, Target, TargetKind};

    fn payload(serial: Option<&str>) -> PagePayload {
        PagePayload {
            meeting: "0123456789AB".into(),
            round: 7,
            fingerprint: "FEDCBA9876543210".into(),
            serial: serial.map(str::to_string),
            page: 2,
            pages: 3,
        }
    }

    #[test]
    fn a_payload_reads_back_as_written() {
        let p = payload(Some(&serial_from(1_234_567)));
        let text = p.encode();
        assert!(text.starts_with("PY1:0123456789AB:7:FEDCBA9876543210:"));
        assert!(text.ends_with(":2/3"));
        assert_eq!(PagePayload::parse(&text), Ok(p));
        let none = payload(None);
        assert_eq!(none.encode(), "PY1:0123456789AB:7:FEDCBA9876543210:-:2/3");
        assert_eq!(PagePayload::parse(&none.encode()), Ok(none));
    }

    #[test]
    fn the_payload_uses_only_the_alphanumeric_set() {
        let text = payload(Some(&serial_from(42))).encode();
        let set = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
        assert!(text.chars().all(|c| set.contains(c)), "{text}");
    }

    #[test]
    fn foreign_damaged_and_newer_codes_are_refused() {
        assert_eq!(
            PagePayload::parse("https://example.org"),
            Err(CodeError::NotOurs)
        );
        assert_eq!(
            PagePayload::parse("PY2:0123456789AB:7:FEDCBA9876543210:-:1/1"),
            Err(CodeError::Version("PY2".into()))
        );
        for bad in [
            "PY1:0123456789AB:7:FEDCBA9876543210:-",
            "PY1:0123456789ab:7:FEDCBA9876543210:-:1/1",
            "PY1:0123456789AB:x:FEDCBA9876543210:-:1/1",
            "PY1:0123456789AB:7:FEDCBA987654321:-:1/1",
            "PY1:0123456789AB:7:FEDCBA9876543210:12345678:1/1",
            "PY1:0123456789AB:7:FEDCBA9876543210:-:0/1",
            "PY1:0123456789AB:7:FEDCBA9876543210:-:3/2",
            "PY1:0123456789AB:7:FEDCBA9876543210:-:1",
        ] {
            assert!(
                matches!(PagePayload::parse(bad), Err(CodeError::Malformed(_))),
                "{bad}"
            );
        }
    }

    #[test]
    fn the_check_digit_catches_one_wrong_digit_and_a_swap() {
        let s = serial_from(3_141_592);
        assert!(serial_is_well_formed(&s));
        let b = s.as_bytes();
        for i in 0..SERIAL_DIGITS {
            for d in b'0'..=b'9' {
                if d == b[i] {
                    continue;
                }
                let mut w = b.to_vec();
                w[i] = d;
                assert!(!serial_is_well_formed(std::str::from_utf8(&w).unwrap()));
            }
            if i + 1 < SERIAL_DIGITS && b[i] != b[i + 1] {
                let mut w = b.to_vec();
                w.swap(i, i + 1);
                assert!(!serial_is_well_formed(std::str::from_utf8(&w).unwrap()));
            }
        }
        assert!(!serial_is_well_formed("3141592"));
    }

    #[test]
    fn serials_are_new_distinct_and_well_formed() {
        let taken = vec![serial_from(1)];
        let s = new_serials(500, &taken).unwrap();
        assert_eq!(s.len(), 500);
        let set: std::collections::HashSet<_> = s.iter().collect();
        assert_eq!(set.len(), 500);
        assert!(
            s.iter()
                .all(|x| serial_is_well_formed(x) && !taken.contains(x))
        );
        // Random, not 1..N: sorted order differs from the order drawn.
        let mut sorted = s.clone();
        sorted.sort();
        assert_ne!(sorted, s);
    }

    fn round() -> BallotRound {
        let mut r = BallotRound::new(1, "评议表");
        r.targets.push(Target {
            id: 1,
            name: "网岭镇党委".into(),
            kind: TargetKind::Organisation,
        });
        r.items.push(BallotItem {
            id: 1,
            name: "整体评价".into(),
            scale: Scale {
                name: "满意度".into(),
                grades: ["满意", "基本满意", "不满意"].map(Grade::new).to_vec(),
            },
            rates: Vec::new(),
            flags: Vec::new(),
        });
        r
    }

    #[test]
    fn the_fingerprint_follows_the_form_and_nothing_else() {
        let r = round();
        let fp = fingerprint(&r);
        assert!(is_upper_hex(&fp, FINGERPRINT_HEX));
        // Fixed for all time: a ballot printed by this build must match in the next one.
        assert_eq!(fp, fingerprint(&round()));
        let mut renamed = r.clone();
        renamed.name = "另一个名字".into();
        renamed.issued = Some(66);
        assert_eq!(fingerprint(&renamed), fp);
        let mut grade = r.clone();
        grade.items[0].scale.grades.swap(0, 1);
        assert_ne!(fingerprint(&grade), fp);
        let mut target = r.clone();
        target.targets[0].name = "网岭镇党委会".into();
        assert_ne!(fingerprint(&target), fp);
        let mut item = r;
        item.items[0].name = "总体评价".into();
        assert_ne!(fingerprint(&item), fp);
    }

    #[test]
    fn the_meeting_id_comes_from_the_creation_moment() {
        let a = crate::demo::town();
        let id = meeting_id(&a);
        assert!(is_upper_hex(&id, MEETING_HEX), "{id}");
        let mut b = a.clone();
        b.header.subject = "改过的主题".into();
        assert_eq!(meeting_id(&b), id);
        assert_ne!(meeting_id(&crate::demo::oilfield()), id);
    }
}
