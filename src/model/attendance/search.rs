//! Finding a person on the roster as the clerk types: part of the name (黄), pinyin initials
//! (hw), full pinyin (huangwu) or a mix (hwu, huangw), ranked exact, then prefix, then inside.
//!
//! The pinyin of each name is worked out once, when the index is built or a name changes, so a
//! keystroke costs one pass over precomputed syllables. Every reading of a character with more
//! than one (曾 zeng/ceng, 单 shan/dan) is kept, so a surname read either way is found.

use super::{Attendee, Presence};
use crate::model::Id;
use pinyin::ToPinyinMulti;
use std::collections::HashMap;

/// How well a person matched: lower is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum MatchTier {
    /// The whole name: 黄武, hw, huangwu, hwu.
    Exact,
    /// The start of the name: 黄, h, huang.
    Prefix,
    /// Somewhere inside: 武, wu.
    Inside,
}

/// One person found, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SearchHit {
    pub id: Id,
    /// Position in the roster as searched.
    pub index: usize,
    pub tier: MatchTier,
}

/// The pinyin of one name: for each syllable (a Han character, or a Latin word), its readings.
#[derive(Debug, Clone, PartialEq, Eq)]
struct NameKeys {
    name: String,
    lower: String,
    syllables: Vec<Vec<String>>,
}

/// Readings kept per character; names rarely need more, and it bounds the work per keystroke.
const MAX_READINGS: usize = 4;

impl NameKeys {
    fn new(name: &str) -> NameKeys {
        let mut syllables: Vec<Vec<String>> = Vec::new();
        let mut word = String::new();
        for c in name.chars() {
            let readings = c.to_pinyin_multi().map(|m| {
                let mut r: Vec<String> = Vec::new();
                for p in m {
                    let plain = p.plain().replace('ü', "v");
                    if !r.contains(&plain) && r.len() < MAX_READINGS {
                        r.push(plain);
                    }
                }
                r
            });
            match readings {
                Some(r) if !r.is_empty() => {
                    flush(&mut word, &mut syllables);
                    syllables.push(r);
                }
                _ if c.is_alphanumeric() => word.extend(c.to_lowercase()),
                _ => flush(&mut word, &mut syllables),
            }
        }
        flush(&mut word, &mut syllables);
        NameKeys {
            name: name.to_string(),
            lower: name.to_lowercase(),
            syllables,
        }
    }

    fn tier(&self, q: &Query) -> Option<MatchTier> {
        if q.han {
            return if self.lower == q.text {
                Some(MatchTier::Exact)
            } else if self.lower.starts_with(&q.text) {
                Some(MatchTier::Prefix)
            } else if self.lower.contains(&q.text) {
                Some(MatchTier::Inside)
            } else {
                None
            };
        }
        let q = q.text.as_bytes();
        let mut best: Option<MatchTier> = None;
        for start in 0..self.syllables.len() {
            if let Some(reached_end) = self.consume(q, start) {
                let tier = match (start, reached_end) {
                    (0, true) => MatchTier::Exact,
                    (0, false) => MatchTier::Prefix,
                    _ => MatchTier::Inside,
                };
                best = Some(best.map_or(tier, |b| b.min(tier)));
                if start == 0 {
                    // A match from the first syllable beats any match from a later one.
                    break;
                }
            }
        }
        best
    }

    /// Whether `q` is spelt by consecutive syllables from `at`, each by a non-empty prefix of one
    /// of its readings; `Some(true)` when it takes every syllable to the end of the name.
    fn consume(&self, q: &[u8], at: usize) -> Option<bool> {
        if q.is_empty() {
            return Some(at == self.syllables.len());
        }
        let readings = self.syllables.get(at)?;
        let mut found = None;
        for r in readings {
            let r = r.as_bytes();
            let most = r.len().min(q.len());
            for k in (1..=most).rev() {
                if q[..k] == r[..k] {
                    match self.consume(&q[k..], at + 1) {
                        Some(true) => return Some(true),
                        Some(false) => found = Some(false),
                        None => {}
                    }
                }
            }
        }
        found
    }
}

fn flush(word: &mut String, syllables: &mut Vec<Vec<String>>) {
    if !word.is_empty() {
        syllables.push(vec![std::mem::take(word)]);
    }
}

/// The typed query, normalised once per keystroke.
struct Query {
    text: String,
    /// Has Chinese in it: matched against the name itself, not its pinyin.
    han: bool,
}

impl Query {
    fn new(raw: &str) -> Query {
        let text: String = raw
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '\'' && *c != '’')
            .flat_map(char::to_lowercase)
            .map(|c| if c == 'ü' { 'v' } else { c })
            .collect();
        let han = !text.is_ascii();
        Query { text, han }
    }
}

/// The roster's names with their pinyin, kept up to date by [`RosterIndex::refresh`].
#[derive(Debug, Clone, Default)]
pub struct RosterIndex {
    keys: HashMap<Id, NameKeys>,
}

impl RosterIndex {
    pub fn new(people: &[Attendee]) -> RosterIndex {
        let mut index = RosterIndex::default();
        index.refresh(people);
        index
    }

    /// Brings the index up to date with the roster: only new or renamed people are worked out.
    pub fn refresh(&mut self, people: &[Attendee]) {
        self.keys.retain(|id, _| people.iter().any(|p| p.id == *id));
        for p in people {
            let stale = self.keys.get(&p.id).is_none_or(|k| k.name != p.name);
            if stale {
                self.keys.insert(p.id, NameKeys::new(&p.name));
            }
        }
    }

    /// People matching `query`, best first: by tier, then those not yet checked in, then roster
    /// order. An empty query matches nobody.
    pub fn search(&self, people: &[Attendee], query: &str) -> Vec<SearchHit> {
        let q = Query::new(query);
        if q.text.is_empty() {
            return Vec::new();
        }
        let mut hits: Vec<(SearchHit, u8)> = Vec::new();
        for (index, p) in people.iter().enumerate() {
            let fresh;
            let keys = match self.keys.get(&p.id).filter(|k| k.name == p.name) {
                Some(k) => k,
                None => {
                    fresh = NameKeys::new(&p.name);
                    &fresh
                }
            };
            if let Some(tier) = keys.tier(&q) {
                let waiting = match p.presence {
                    Presence::Expected => 0,
                    Presence::Excused { .. } => 1,
                    Presence::Present { .. } => 2,
                };
                hits.push((
                    SearchHit {
                        id: p.id,
                        index,
                        tier,
                    },
                    waiting,
                ));
            }
        }
        hits.sort_by_key(|(h, waiting)| (h.tier, *waiting, h.index));
        hits.into_iter().map(|(h, _)| h).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(id: Id, name: &str) -> Attendee {
        Attendee {
            id,
            name: name.to_string(),
            category: "党代表".to_string(),
            unit: String::new(),
            note: String::new(),
            presence: Presence::Expected,
            walk_in: false,
        }
    }

    fn names(index: &RosterIndex, people: &[Attendee], q: &str) -> Vec<String> {
        index
            .search(people, q)
            .iter()
            .map(|h| people[h.index].name.clone())
            .collect()
    }

    #[test]
    fn initials_full_pinyin_mixed_and_part_of_the_name() {
        let people = vec![person(1, "胡伟"), person(2, "黄武"), person(3, "王武华")];
        let ix = RosterIndex::new(&people);
        assert_eq!(names(&ix, &people, "hw"), ["胡伟", "黄武"]);
        assert_eq!(names(&ix, &people, "huangwu"), ["黄武"]);
        assert_eq!(names(&ix, &people, "HuangWu"), ["黄武"]);
        assert_eq!(names(&ix, &people, "hwu"), ["黄武"]);
        assert_eq!(names(&ix, &people, "huangw"), ["黄武"]);
        assert_eq!(names(&ix, &people, "huang wu"), ["黄武"]);
        assert_eq!(names(&ix, &people, "黄"), ["黄武"]);
        assert_eq!(names(&ix, &people, "武"), ["黄武", "王武华"]);
        assert_eq!(names(&ix, &people, "wu"), ["黄武", "王武华"]);
        assert!(names(&ix, &people, "zz").is_empty());
        assert!(names(&ix, &people, "  ").is_empty());
    }

    #[test]
    fn exact_beats_prefix_beats_inside() {
        let people = vec![person(1, "王武华"), person(2, "武华"), person(3, "武华明")];
        let ix = RosterIndex::new(&people);
        let hits = ix.search(&people, "wh");
        let got: Vec<_> = hits.iter().map(|h| (h.id, h.tier)).collect();
        assert_eq!(
            got,
            [
                (2, MatchTier::Exact),
                (3, MatchTier::Prefix),
                (1, MatchTier::Inside)
            ]
        );
    }

    #[test]
    fn surnames_with_two_readings_and_latin_names() {
        let people = vec![
            person(1, "曾庆红"),
            person(2, "单雄"),
            person(3, "Li Wei"),
            person(4, "吕梁"),
        ];
        let ix = RosterIndex::new(&people);
        assert_eq!(names(&ix, &people, "zqh"), ["曾庆红"]);
        assert_eq!(names(&ix, &people, "cqh"), ["曾庆红"]);
        assert_eq!(names(&ix, &people, "shanx"), ["单雄"]);
        assert_eq!(names(&ix, &people, "lw"), ["Li Wei"]);
        assert_eq!(names(&ix, &people, "liwei"), ["Li Wei"]);
        assert_eq!(names(&ix, &people, "lvl"), ["吕梁"]);
    }

    #[test]
    fn people_not_yet_in_come_first_within_a_tier() {
        let mut people = vec![person(1, "胡伟"), person(2, "黄武")];
        people[0].presence = Presence::Present {
            at: chrono::DateTime::parse_from_rfc3339("2010-10-19T09:00:00+08:00").unwrap(),
        };
        let ix = RosterIndex::new(&people);
        assert_eq!(names(&ix, &people, "hw"), ["黄武", "胡伟"]);
    }

    #[test]
    fn refresh_follows_renames_and_removals() {
        let mut people = vec![person(1, "胡伟"), person(2, "黄武")];
        let mut ix = RosterIndex::new(&people);
        people[0].name = "张三".to_string();
        people.pop();
        ix.refresh(&people);
        assert_eq!(ix.keys.len(), 1);
        assert_eq!(names(&ix, &people, "zs"), ["张三"]);
        assert!(names(&ix, &people, "hw").is_empty());
    }

    #[test]
    fn emoji_and_combining_marks_do_not_break_the_search() {
        let people = vec![person(1, "黄武👍"), person(2, "Zoe\u{301} 张")];
        let ix = RosterIndex::new(&people);
        assert_eq!(names(&ix, &people, "hw"), ["黄武👍"]);
        assert_eq!(names(&ix, &people, "👍"), ["黄武👍"]);
        assert_eq!(names(&ix, &people, "zz"), ["Zoe\u{301} 张"]);
    }
}
