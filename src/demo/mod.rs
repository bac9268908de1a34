//! The example meetings shipped in `sessions/`: the seed's 网岭镇 town meeting of 19 October 2010
//! and the 超低渗油田开发管理部 evaluation. Deterministic (fixed times at +08:00, no clock), so
//! regenerating them gives the same bytes.
//!
//! Each example is a short list of steps; each area of pingyi adds its own step
//! (`demo::<area>::fill_town(&mut s)`) so the examples grow as the program does.

pub mod ballots;
pub mod forms;
pub mod large;
pub mod live;

use crate::i18n::Lang;
use crate::model::{HeaderField, Session, Stamp, Timestamp};
use chrono::TimeZone;

/// The town meeting: 网岭镇党委 evaluated by 70+ people in 8 categories.
pub fn town() -> Session {
    let mut s = Session::new(at(2010, 10, 19, 8, 0), Lang::Zh);
    town_header(&mut s);
    live::fill_town(&mut s);
    ballots::fill_town(&mut s).expect("the town example's ballots are valid");
    s
}

/// The oil-field department: 23 staff evaluate 51 party members and 5 branches.
pub fn oilfield() -> Session {
    let mut s = Session::new(at(2010, 11, 5, 13, 30), Lang::Zh);
    oilfield_header(&mut s);
    live::fill_oilfield(&mut s);
    ballots::fill_oilfield(&mut s).expect("the oil-field example's ballots are valid");
    s
}

/// A moment on the meetings' wall clock (China Standard Time).
pub fn at(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> Timestamp {
    chrono::FixedOffset::east_opt(8 * 3600)
        .and_then(|tz| tz.with_ymd_and_hms(y, mo, d, h, mi, 0).single())
        .expect("the examples' fixed times are valid dates")
}

/// Fills the header through the audited path, one field a minute, as a minute-taker would.
fn fill_header(s: &mut Session, who: &str, from: Timestamp, fields: &[(HeaderField, &str)]) {
    for (n, (field, value)) in fields.iter().enumerate() {
        let stamp = Stamp::new(from + chrono::Duration::minutes(n as i64), who);
        s.set_header_field(*field, value, &stamp)
            .expect("the examples' header values are valid");
    }
}

fn town_header(s: &mut Session) {
    fill_header(
        s,
        "李静",
        at(2010, 10, 19, 8, 10),
        &[
            (HeaderField::Evaluated, "网岭镇党委"),
            (HeaderField::Subject, "网岭镇创先争优活动群众评议大会"),
            (HeaderField::Date, "2010-10-19"),
            (HeaderField::StartTime, "09:00"),
            (HeaderField::Place, "网岭镇政府会议室"),
            (HeaderField::Chair, "陈明(镇党委副书记)"),
            (HeaderField::MinuteTaker, "李静(党政办)"),
            (HeaderField::Scrutineers, "王立新、赵红梅"),
            (HeaderField::Counters, "周强、孙丽"),
            (
                HeaderField::Participants,
                "各村(居)支部书记、网岭镇机关干部、党代表、人大代表、政协委员、驻镇单位代表、老干部代表、普通群众代表,共计70余人",
            ),
        ],
    );
}

fn oilfield_header(s: &mut Session) {
    fill_header(
        s,
        "张敏",
        at(2010, 11, 5, 13, 40),
        &[
            (
                HeaderField::Evaluated,
                "超低渗油田开发管理部各党支部及全体党员",
            ),
            (HeaderField::Subject, "超低渗油田开发管理部创先争优群众评议"),
            (HeaderField::Date, "2010-11-05"),
            (HeaderField::StartTime, "14:30"),
            (HeaderField::Place, "超低渗油田开发管理部会议室"),
            (HeaderField::Chair, "马卫东(党总支书记)"),
            (HeaderField::MinuteTaker, "张敏"),
            (HeaderField::Scrutineers, "刘海、何静"),
            (HeaderField::Counters, "杨帆、吴磊"),
            (
                HeaderField::Participants,
                "管理部在岗员工23名,评议51名党员和5个党支部",
            ),
        ],
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn examples_are_sound_and_deterministic() {
        for (s, again) in [(town(), town()), (oilfield(), oilfield())] {
            assert!(s.problems().is_empty(), "{:?}", s.problems());
            assert_eq!(s, again);
        }
    }

    #[test]
    fn town_header_is_the_seed_meeting() {
        let s = town();
        assert_eq!(
            s.header.date_line(Lang::Zh).as_deref(),
            Some("2010年10月19日(星期二)")
        );
        assert_eq!(s.title(Lang::Zh), "网岭镇创先争优活动群众评议大会");
        assert_eq!(s.header.scrutineers.len(), 2);
        assert!(s.header.participants.contains("70余人"));
        assert_eq!(s.attendance.categories.len(), 8);
        let header = s
            .audit
            .iter()
            .filter(|a| a.kind == crate::model::AuditKind::Header);
        assert_eq!(header.count(), 10, "every header field is audited");
    }

    #[test]
    fn oilfield_header_names_its_figures() {
        let s = oilfield();
        assert_eq!(
            s.header.date_line(Lang::En).as_deref(),
            Some("Friday, 5 November 2010")
        );
        assert!(s.header.participants.contains("23"));
        assert!(s.header.participants.contains("51"));
    }
}
