//! Attendance through the model's audited methods, with the town meeting of 10月19日 2010:
//! 72 people in the seed's eight categories.

use chrono::TimeZone;
use pingyi::i18n::Lang;
use pingyi::model::{
    PersonInput, Presence, QuorumRule, RosterIndex, Session, Stamp, Timestamp, format_percent,
};

fn at(h: u32, m: u32) -> Timestamp {
    chrono::FixedOffset::east_opt(8 * 3600)
        .unwrap()
        .with_ymd_and_hms(2010, 10, 19, h, m, 0)
        .unwrap()
}

fn st(h: u32, m: u32) -> Stamp {
    Stamp::new(at(h, m), "记录人")
}

const SURNAMES: [&str; 12] = [
    "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙",
];
const GIVEN: [&str; 12] = [
    "伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰",
];

/// The town roster: 72 people, per category as below, names unique.
fn town() -> Session {
    let mut s = Session::new(at(8, 30), Lang::Zh);
    let per_category = [12, 15, 10, 8, 5, 6, 6, 10];
    let cats = s.attendance.categories.clone();
    let mut rows = Vec::new();
    let mut n = 0usize;
    for (c, count) in cats.iter().zip(per_category) {
        for _ in 0..count {
            let name = format!("{}{}", SURNAMES[n % 12], GIVEN[n / 12]);
            rows.push(PersonInput::new(&name, c, "网岭镇"));
            n += 1;
        }
    }
    s.roster_import(&rows, &[], &st(8, 40)).unwrap();
    s
}

#[test]
fn counts_per_category_and_in_total_with_excused_absent_and_walk_ins() {
    let mut s = town();
    assert_eq!(s.attendance.people.len(), 72);
    let ids: Vec<u32> = s.attendance.people.iter().map(|p| p.id).collect();
    for id in &ids[..66] {
        s.check_in(*id, &st(9, 0)).unwrap();
    }
    s.excuse(ids[66], "外出开会", &st(9, 1)).unwrap();
    s.excuse(ids[67], "", &st(9, 1)).unwrap();
    let walk_in = PersonInput::new("黄武", "群众代表", "网岭村");
    s.attendee_walk_in(&walk_in, &st(9, 2)).unwrap();

    let c = s.attendance.counts();
    assert_eq!(c.categories.len(), 8);
    assert_eq!(c.total.expected, 72);
    assert_eq!(c.total.present, 67, "66 from the roster and one walk-in");
    assert_eq!(c.total.excused, 2);
    assert_eq!(c.total.absent, 4);
    assert_eq!(c.total.walk_ins, 1);
    let first = &c.categories[0];
    assert_eq!(first.category, "村(居)支部书记");
    assert_eq!((first.count.expected, first.count.present), (12, 12));
    let public = &c.categories[7];
    assert_eq!((public.count.expected, public.count.present), (10, 5));
    assert_eq!((public.count.excused, public.count.absent), (2, 4));
    assert_eq!(public.count.walk_ins, 1);
    assert_eq!(format_percent(c.total.present_percent().unwrap()), "93.06%");
    assert!(s.problems().is_empty(), "{:?}", s.problems());
}

#[test]
fn quorum_two_thirds_of_72_is_48_and_says_so_plainly() {
    let mut s = town();
    let ids: Vec<u32> = s.attendance.people.iter().map(|p| p.id).collect();
    for id in &ids[..47] {
        s.check_in(*id, &st(9, 0)).unwrap();
    }
    let q = s.attendance.quorum_status();
    assert_eq!((q.required, q.present, q.met), (48, 47, false));
    assert!(q.verdict().zh.contains("还差 1 人"), "{}", q.verdict().zh);
    s.check_in(ids[47], &st(9, 1)).unwrap();
    let q = s.attendance.quorum_status();
    assert!(q.met);
    assert!(q.verdict().en.contains("may proceed"));

    s.set_quorum(QuorumRule::AtLeast { count: 50 }, &st(9, 2))
        .unwrap();
    assert!(!s.attendance.quorum_status().met);
    let e = s
        .set_quorum(QuorumRule::Fraction { num: 3, den: 0 }, &st(9, 2))
        .unwrap_err();
    assert!(e.0.zh.contains("3/0"));
}

#[test]
fn check_in_records_time_refuses_twice_and_undoes() {
    let mut s = town();
    let id = s.attendance.people[0].id;
    let undo = s.check_in(id, &st(9, 3)).unwrap();
    assert_eq!(
        s.attendance.people[0].presence,
        Presence::Present { at: at(9, 3) }
    );
    let e = s.check_in(id, &st(9, 4)).unwrap_err();
    assert!(e.0.zh.contains("09:03"), "{e:?}");
    let last = s.audit.last().unwrap();
    assert_eq!(last.action, "attendance.check_in");
    assert_eq!(last.old.as_deref(), Some("应到"));
    s.undo(undo, &st(9, 5));
    assert_eq!(s.attendance.people[0].presence, Presence::Expected);
    assert_eq!(s.audit.last().unwrap().action, "attendance.undo");
    s.excuse(id, "病假", &st(9, 6)).unwrap();
    s.reset_presence(id, &st(9, 7)).unwrap();
    assert_eq!(s.attendance.people[0].presence, Presence::Expected);
}

#[test]
fn duplicate_names_are_told_apart_by_unit() {
    let mut s = town();
    let e = s
        .attendee_add(&PersonInput::new("王伟", "党代表", "网岭镇"), &st(9, 0))
        .unwrap_err();
    assert!(e.0.zh.contains("已在名单中"));
    let (id, _) = s
        .attendee_add(&PersonInput::new("王伟", "党代表", "下洋村"), &st(9, 0))
        .unwrap();
    let ix = RosterIndex::new(&s.attendance.people);
    let hits = ix.search(&s.attendance.people, "wangw");
    let units: Vec<&str> = hits
        .iter()
        .map(|h| s.attendance.people[h.index].unit.as_str())
        .collect();
    assert_eq!(units, ["网岭镇", "下洋村"]);
    assert_eq!(hits[1].id, id);
}

#[test]
fn bad_input_is_refused_with_a_message_and_changes_nothing() {
    let mut s = town();
    let before = s.clone();
    let cases = [
        PersonInput::new("  ", "党代表", ""),
        PersonInput::new("黄武", "外星人", ""),
        PersonInput::new(&"长".repeat(10_000), "党代表", ""),
    ];
    for input in &cases {
        let e = s.attendee_add(input, &st(9, 0)).unwrap_err();
        assert!(!e.0.zh.is_empty() && !e.0.en.is_empty());
    }
    assert_eq!(s, before);
    let (id, _) = s
        .attendee_add(&PersonInput::new("黄武👍\u{301}", "党代表", ""), &st(9, 0))
        .unwrap();
    assert_eq!(s.attendance.person(id).unwrap().name, "黄武👍\u{301}");
}

#[test]
fn import_is_all_or_nothing_and_undoes_in_one_step() {
    let mut s = town();
    let before = s.attendance.clone();
    let rows = vec![
        PersonInput::new("新人甲", "党代表", ""),
        PersonInput::new("新人甲", "党代表", ""),
    ];
    assert!(s.roster_import(&rows, &[], &st(9, 0)).is_err());
    assert_eq!(s.attendance, before, "nothing half-imported");
    let rows = vec![PersonInput::new("新人乙", "新乡贤", "")];
    let undo = s
        .roster_import(&rows, &["新乡贤".to_string()], &st(9, 0))
        .unwrap();
    assert_eq!(s.attendance.categories.len(), 9);
    s.undo(undo, &st(9, 1));
    assert_eq!(s.attendance, before);
}

#[test]
fn roster_copied_from_an_earlier_meeting_comes_back_expected() {
    let mut earlier = town();
    let id = earlier.attendance.people[0].id;
    earlier.check_in(id, &st(9, 0)).unwrap();
    earlier
        .attendee_walk_in(&PersonInput::new("黄武", "群众代表", "网岭村"), &st(9, 1))
        .unwrap();
    let mut s = Session::new(at(8, 0), Lang::Zh);
    s.attendee_add(&PersonInput::new("王伟", "党代表", "网岭镇"), &st(8, 1))
        .unwrap();
    let (copied, _) = s.roster_copy_from(&earlier, &st(8, 2)).unwrap();
    assert_eq!(copied, 72, "73 people less the one already here");
    assert_eq!(s.attendance.people.len(), 73);
    assert!(
        s.attendance
            .people
            .iter()
            .all(|p| p.presence == Presence::Expected && !p.walk_in)
    );
}

#[test]
fn search_over_a_thousand_names_answers_every_kind_of_query() {
    let mut s = Session::new(at(8, 0), Lang::Zh);
    let mut rows = Vec::new();
    for i in 0..1000usize {
        let name = format!(
            "{}{}{}",
            SURNAMES[i % 12],
            GIVEN[(i / 12) % 12],
            GIVEN[(i / 144) % 12]
        );
        rows.push(PersonInput::new(&name, "群众代表", &format!("第{i}组")));
    }
    s.roster_import(&rows, &[], &st(8, 1)).unwrap();
    let built = std::time::Instant::now();
    let ix = RosterIndex::new(&s.attendance.people);
    let build_time = built.elapsed();
    let started = std::time::Instant::now();
    let mut found = 0;
    for q in ["h", "hw", "hwf", "huangwei", "wei", "黄", "zz", "sunjiejie"] {
        found += ix.search(&s.attendance.people, q).len();
    }
    let per_query = started.elapsed() / 8;
    println!("index of 1000 names built in {build_time:?}; one search in {per_query:?}");
    // How fast a search is, is `cargo bench --bench keys -- checkin`'s to measure (BENCHMARKS.md):
    // a timed bound here would fail on a busy machine, not on slow code.
    assert!(found > 0);
}
