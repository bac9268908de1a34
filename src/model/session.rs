//! One meeting: the header from the seed's template and everything recorded at the meeting.

use super::{
    Agenda, Attendance, AuditEntry, AuditKind, BallotRound, Problem, Stamp, Suggestion, Timestamp,
    WorkReport,
};
use crate::i18n::{Lang, common};
use chrono::{Datelike, NaiveDate, NaiveTime};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The `format` field of every session file.
pub const FORMAT: &str = "pingyi-session";
/// The newest file format version this build reads and writes.
pub const VERSION: u32 = 1;

/// The meeting's header, exactly as the seed's template has it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct Header {
    /// Who or what is evaluated: 关于___同志的群众评议材料 (a comrade, or an organisation).
    pub evaluated: String,
    /// 主题 (subject). The meeting's title wherever one is shown.
    pub subject: String,
    /// 时间: the date.
    pub date: Option<NaiveDate>,
    /// The date was filled in with the day the file was made, not typed: the header screen says so
    /// until someone sets the date.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub date_is_default: bool,
    /// 时间: the start time.
    pub start_time: Option<NaiveTime>,
    /// 地点 (place).
    pub place: String,
    /// 会议主持 (chair / moderator).
    pub chair: String,
    /// 记录人 (minute-taker).
    pub minute_taker: String,
    /// 监票人 (scrutineers).
    pub scrutineers: Vec<String>,
    /// 计票人 (counters).
    pub counters: Vec<String>,
    /// 会议参加人 as free text, for meetings without a roster (the roster's counts are used when present).
    pub participants: String,
}

/// Which header field; the header screen and the audit log name fields by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HeaderField {
    Evaluated,
    Subject,
    Date,
    StartTime,
    Place,
    Chair,
    MinuteTaker,
    Scrutineers,
    Counters,
    Participants,
}

impl HeaderField {
    pub const ALL: [HeaderField; 10] = [
        HeaderField::Evaluated,
        HeaderField::Subject,
        HeaderField::Date,
        HeaderField::StartTime,
        HeaderField::Place,
        HeaderField::Chair,
        HeaderField::MinuteTaker,
        HeaderField::Scrutineers,
        HeaderField::Counters,
        HeaderField::Participants,
    ];

    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            HeaderField::Evaluated => common::EVALUATED.get(lang),
            HeaderField::Subject => common::SUBJECT.get(lang),
            HeaderField::Date => common::DATE.get(lang),
            HeaderField::StartTime => common::START_TIME.get(lang),
            HeaderField::Place => common::PLACE.get(lang),
            HeaderField::Chair => common::CHAIR.get(lang),
            HeaderField::MinuteTaker => common::MINUTE_TAKER.get(lang),
            HeaderField::Scrutineers => common::SCRUTINEERS.get(lang),
            HeaderField::Counters => common::COUNTERS.get(lang),
            HeaderField::Participants => common::PARTICIPANTS.get(lang),
        }
    }
}

/// A header value that could not be taken, with the reason in both languages.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", .0.en)]
pub struct FieldError(pub crate::i18n::Message);

/// Splits a list typed as `张三、李四, 王五` into names (Chinese and ASCII separators).
pub fn split_names(s: &str) -> Vec<String> {
    s.split(['、', ',', '，', ';', '；'])
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(str::to_string)
        .collect()
}

impl Header {
    /// The weekday of the meeting date: 星期二 / Tuesday.
    pub fn weekday(&self, lang: Lang) -> Option<&'static str> {
        self.date.map(|d| weekday_name(d, lang))
    }

    /// The date as the record writes it: `2010年10月19日(星期二)` / `Tuesday, 19 October 2010`.
    pub fn date_line(&self, lang: Lang) -> Option<String> {
        self.date.map(|d| format_date(d, lang))
    }

    /// The record's heading, as the seed's template writes it: `关于网岭镇党委的群众评议材料`.
    /// For a person the moderator writes `黄武同志`, so the heading reads 关于黄武同志的…; an
    /// organisation is not a 同志, so the word is never added here.
    pub fn record_heading(&self, lang: Lang) -> String {
        let who = self.evaluated.trim();
        match (lang, who.is_empty()) {
            (Lang::Zh, true) => "关于______的群众评议材料".to_string(),
            (Lang::Zh, false) => format!("关于{who}的群众评议材料"),
            (Lang::En, true) => "Public evaluation record".to_string(),
            (Lang::En, false) => format!("Public evaluation record: {who}"),
        }
    }

    /// A field's value as text (what the header screen edits).
    pub fn get(&self, field: HeaderField) -> String {
        match field {
            HeaderField::Evaluated => self.evaluated.clone(),
            HeaderField::Subject => self.subject.clone(),
            HeaderField::Date => self.date.map(|d| d.to_string()).unwrap_or_default(),
            HeaderField::StartTime => self
                .start_time
                .map(|t| t.format("%H:%M").to_string())
                .unwrap_or_default(),
            HeaderField::Place => self.place.clone(),
            HeaderField::Chair => self.chair.clone(),
            HeaderField::MinuteTaker => self.minute_taker.clone(),
            HeaderField::Scrutineers => self.scrutineers.join("、"),
            HeaderField::Counters => self.counters.join("、"),
            HeaderField::Participants => self.participants.clone(),
        }
    }

    /// Sets a field from text, checking dates and times; the old value is left on error.
    pub fn set(&mut self, field: HeaderField, value: &str) -> Result<(), FieldError> {
        let value = value.trim();
        match field {
            HeaderField::Evaluated => self.evaluated = value.to_string(),
            HeaderField::Subject => self.subject = value.to_string(),
            HeaderField::Date => {
                self.date = parse_date(value)?;
                self.date_is_default = false;
            }
            HeaderField::StartTime => self.start_time = parse_time(value)?,
            HeaderField::Place => self.place = value.to_string(),
            HeaderField::Chair => self.chair = value.to_string(),
            HeaderField::MinuteTaker => self.minute_taker = value.to_string(),
            HeaderField::Scrutineers => self.scrutineers = split_names(value),
            HeaderField::Counters => self.counters = split_names(value),
            HeaderField::Participants => self.participants = value.to_string(),
        }
        Ok(())
    }
}

pub fn weekday_name(d: NaiveDate, lang: Lang) -> &'static str {
    let i = d.weekday().num_days_from_monday() as usize;
    match lang {
        Lang::Zh => common::WEEKDAYS_ZH[i],
        Lang::En => common::WEEKDAYS_EN[i],
    }
}

/// `2010年10月19日(星期二)` / `Tuesday, 19 October 2010`.
pub fn format_date(d: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!(
            "{}年{}月{}日({})",
            d.year(),
            d.month(),
            d.day(),
            weekday_name(d, lang)
        ),
        Lang::En => format!("{}, {}", weekday_name(d, lang), d.format("%-d %B %Y")),
    }
}

/// Reads a date as people type it: `2010-10-19`, `2010/10/19`, `2010.10.19`, `2010年10月19日`.
pub fn parse_date(s: &str) -> Result<Option<NaiveDate>, FieldError> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    let norm: String = s
        .trim_end_matches('日')
        .chars()
        .map(|c| match c {
            '年' | '月' | '/' | '.' => '-',
            c => c,
        })
        .collect();
    NaiveDate::parse_from_str(&norm, "%Y-%m-%d")
        .map(Some)
        .map_err(|_| {
            FieldError(crate::i18n::Message::new(
                format!("日期“{s}”无法识别,请按 2010-10-19 的格式填写"),
                format!("“{s}” is not a date; write it as 2010-10-19"),
            ))
        })
}

/// Reads a time of day: `9:00`, `09:30`, `14:05:00`, `9点30`.
pub fn parse_time(s: &str) -> Result<Option<NaiveTime>, FieldError> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    let norm: String = s
        .trim_end_matches('分')
        .chars()
        .map(|c| match c {
            '点' | '时' | '：' => ':',
            c => c,
        })
        .collect();
    let norm = if norm.ends_with(':') {
        format!("{norm}00")
    } else {
        norm
    };
    NaiveTime::parse_from_str(&norm, "%H:%M")
        .or_else(|_| NaiveTime::parse_from_str(&norm, "%H:%M:%S"))
        .map(Some)
        .map_err(|_| {
            FieldError(crate::i18n::Message::new(
                format!("时间“{s}”无法识别,请按 09:30 的格式填写"),
                format!("“{s}” is not a time of day; write it as 09:30"),
            ))
        })
}

/// One meeting, as one JSON file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Session {
    /// Always `pingyi-session`.
    pub format: String,
    /// The file format version (this build writes 1).
    pub version: u32,
    pub created: Timestamp,
    pub updated: Timestamp,
    /// The interface language the meeting was made in (its agenda and categories are in it).
    pub lang: Lang,
    pub header: Header,
    #[serde(default)]
    pub agenda: Agenda,
    #[serde(default)]
    pub attendance: Attendance,
    #[serde(default)]
    pub reports: Vec<WorkReport>,
    #[serde(default)]
    pub rounds: Vec<BallotRound>,
    /// Suggestion categories offered at capture (from the template).
    #[serde(default)]
    pub suggestion_categories: Vec<String>,
    #[serde(default)]
    pub suggestions: Vec<Suggestion>,
    #[serde(default)]
    pub audit: Vec<AuditEntry>,
}

impl Session {
    /// An empty meeting made at `created`, in `lang`, with the default template applied.
    pub fn new(created: Timestamp, lang: Lang) -> Session {
        let mut s = Session {
            format: FORMAT.to_string(),
            version: VERSION,
            created,
            updated: created,
            lang,
            header: Header::default(),
            agenda: Agenda::default(),
            attendance: Attendance::default(),
            reports: Vec::new(),
            rounds: Vec::new(),
            suggestion_categories: Vec::new(),
            suggestions: Vec::new(),
            audit: Vec::new(),
        };
        super::Template::default_for(lang).apply_to(&mut s);
        s
    }

    /// The meeting's title wherever one is shown: the subject, else who is evaluated, else "untitled".
    pub fn title(&self, lang: Lang) -> String {
        if !self.header.subject.trim().is_empty() {
            self.header.subject.clone()
        } else if !self.header.evaluated.trim().is_empty() {
            match lang {
                Lang::Zh => format!("关于{}的群众评议", self.header.evaluated),
                Lang::En => format!("Public evaluation of {}", self.header.evaluated),
            }
        } else {
            common::UNTITLED.get(lang).to_string()
        }
    }

    /// Appends an audit entry and marks the record updated.
    pub fn log(&mut self, entry: AuditEntry) {
        if entry.at > self.updated {
            self.updated = entry.at;
        }
        self.audit.push(entry);
    }

    /// Sets a header field through the audited path; unchanged values write nothing.
    pub fn set_header_field(
        &mut self,
        field: HeaderField,
        value: &str,
        stamp: &Stamp,
    ) -> Result<bool, FieldError> {
        let old = self.header.get(field);
        self.header.set(field, value)?;
        let new = self.header.get(field);
        if old == new {
            return Ok(false);
        }
        self.log(
            AuditEntry::new(
                stamp,
                AuditKind::Header,
                "header.set",
                field.label(Lang::Zh),
            )
            .change(old, new),
        );
        Ok(true)
    }

    /// A new meeting is dated the day it is made unless a date was given (the file is named by that
    /// day already); logged, and marked as a default until someone sets the date.
    pub fn date_today_by_default(&mut self, stamp: &Stamp) {
        if self.header.date.is_some() {
            return;
        }
        let today = stamp.at.date_naive();
        self.header.date = Some(today);
        self.header.date_is_default = true;
        self.log(
            AuditEntry::new(
                stamp,
                AuditKind::Header,
                "header.date_default",
                HeaderField::Date.label(Lang::Zh),
            )
            .change(String::new(), today.to_string()),
        );
    }

    /// Every consistency problem in the record (an empty list for a sound session).
    pub fn problems(&self) -> Vec<Problem> {
        let mut out = Vec::new();
        if self.format != FORMAT {
            out.push(Problem::new(
                "format",
                format!("不是 pingyi 会议文件(format 为“{}”)", self.format),
                format!("not a pingyi session (format is “{}”)", self.format),
            ));
        }
        if self.version == 0 || self.version > VERSION {
            out.push(Problem::new(
                "version",
                format!(
                    "文件版本 {} 不受支持(本程序支持 1 至 {VERSION})",
                    self.version
                ),
                format!(
                    "file version {} is not supported (this build reads 1 to {VERSION})",
                    self.version
                ),
            ));
        }
        if self.updated < self.created {
            out.push(Problem::new(
                "updated",
                "更新时间早于创建时间",
                "updated is earlier than created",
            ));
        }
        self.agenda.problems(&mut out);
        self.attendance.problems(&mut out);
        for (i, r) in self.reports.iter().enumerate() {
            r.problems(&format!("reports[{i}]"), &mut out);
        }
        super::ballot::round_list_problems(&self.rounds, &mut out);
        super::suggestion::suggestion_list_problems(&self.suggestions, &mut out);
        out
    }
}

/// 19 October 2010, the seed's town meeting day, at `h`:`m` +08:00: the model tests' clock.
#[cfg(test)]
pub(crate) fn town_meeting_at(h: u32, m: u32) -> Timestamp {
    use chrono::TimeZone;
    chrono::FixedOffset::east_opt(8 * 3600)
        .unwrap()
        .with_ymd_and_hms(2010, 10, 19, h, m, 0)
        .unwrap()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::session::town_meeting_at as at;

    #[test]
    fn seed_meeting_date_is_a_tuesday() {
        let h = Header {
            date: NaiveDate::from_ymd_opt(2010, 10, 19),
            ..Header::default()
        };
        assert_eq!(h.weekday(Lang::Zh), Some("星期二"));
        assert_eq!(h.weekday(Lang::En), Some("Tuesday"));
        assert_eq!(h.date_line(Lang::Zh).unwrap(), "2010年10月19日(星期二)");
        assert_eq!(h.date_line(Lang::En).unwrap(), "Tuesday, 19 October 2010");
    }

    #[test]
    fn dates_and_times_are_read_as_people_type_them() {
        let d = NaiveDate::from_ymd_opt(2010, 10, 19);
        for s in ["2010-10-19", "2010/10/19", "2010.10.19", "2010年10月19日"] {
            assert_eq!(parse_date(s).unwrap(), d, "{s}");
        }
        assert!(parse_date("2010-13-40").is_err());
        assert!(parse_date("tomorrow").is_err());
        assert_eq!(parse_date("  ").unwrap(), None);
        let t = NaiveTime::from_hms_opt(9, 30, 0);
        for s in ["9:30", "09:30", "9点30", "9点30分", "09：30"] {
            assert_eq!(parse_time(s).unwrap(), t, "{s}");
        }
        assert_eq!(parse_time("9点").unwrap(), NaiveTime::from_hms_opt(9, 0, 0));
        assert!(parse_time("25:00").is_err());
    }

    #[test]
    fn header_change_is_audited_and_bad_value_keeps_the_old_one() {
        let mut s = Session::new(at(9, 0), Lang::Zh);
        let stamp = Stamp::new(at(9, 1), "记录人");
        assert!(
            s.set_header_field(HeaderField::Subject, "网岭镇创先争优群众评议", &stamp)
                .unwrap()
        );
        assert_eq!(s.title(Lang::Zh), "网岭镇创先争优群众评议");
        let last = s.audit.last().unwrap();
        assert_eq!(last.old.as_deref(), Some(""));
        assert_eq!(last.new.as_deref(), Some("网岭镇创先争优群众评议"));
        assert_eq!(s.updated, at(9, 1));

        s.set_header_field(HeaderField::Date, "2010-10-19", &stamp)
            .unwrap();
        let n = s.audit.len();
        assert!(
            s.set_header_field(HeaderField::Date, "19/10", &stamp)
                .is_err()
        );
        assert_eq!(s.header.date, NaiveDate::from_ymd_opt(2010, 10, 19));
        assert_eq!(s.audit.len(), n, "a refused value writes no audit entry");
        assert!(
            !s.set_header_field(HeaderField::Date, "2010/10/19", &stamp)
                .unwrap(),
            "the same date typed differently is no change"
        );
    }

    #[test]
    fn names_split_on_chinese_and_ascii_separators() {
        assert_eq!(
            split_names("张三、李四, 王五，赵六"),
            vec!["张三", "李四", "王五", "赵六"]
        );
    }

    #[test]
    fn new_session_is_sound() {
        let s = Session::new(at(9, 0), Lang::En);
        assert!(s.problems().is_empty(), "{:?}", s.problems());
        assert_eq!(s.title(Lang::En), "Untitled meeting");
    }
}
