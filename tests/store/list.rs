//! New files never overwrite, and a folder lists its meetings newest first, with the ones that
//! cannot be opened shown (not hidden) and pingyi's own side files left out.

use pingyi::model::MeetingState;
use pingyi::store::{self, StoreError};
use std::fs;

#[test]
fn create_names_the_file_and_never_overwrites() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("new").join("sessions");
    let town = pingyi::demo::town();
    let first = store::create(&dir, &town).unwrap();
    assert_eq!(
        first.file_name().unwrap(),
        "2010-10-19-wang-ling-zhen-chuang-xian-zheng-you-huo-dong.json"
    );
    let before = fs::read(&first).unwrap();
    let second = store::create(&dir, &town).unwrap();
    let third = store::create(&dir, &town).unwrap();
    assert!(second.to_string_lossy().ends_with("-huo-dong-2.json"));
    assert!(third.to_string_lossy().ends_with("-huo-dong-3.json"));
    assert_eq!(fs::read(&first).unwrap(), before);
    assert_eq!(store::load(&third).unwrap(), town);
    assert_eq!(
        fs::read_dir(&dir).unwrap().count(),
        3,
        "no temporary files left beside them"
    );
}

#[test]
fn an_untitled_meeting_is_named_by_the_day_it_was_created() {
    let tmp = tempfile::tempdir().unwrap();
    let s =
        pingyi::model::Session::new(pingyi::demo::at(2010, 11, 5, 9, 0), pingyi::i18n::Lang::En);
    let path = store::create(tmp.path(), &s).unwrap();
    assert_eq!(path.file_name().unwrap(), "2010-11-05-meeting.json");
}

#[test]
fn list_shows_meetings_newest_first_and_the_broken_ones_last() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let town = store::create(dir, &pingyi::demo::town()).unwrap();
    let oil = store::create(dir, &pingyi::demo::oilfield()).unwrap();
    let mut finished = pingyi::demo::town();
    finished.header.date = chrono::NaiveDate::from_ymd_opt(2010, 10, 1);
    for item in &mut finished.agenda.items {
        item.started = Some(pingyi::demo::at(2010, 10, 1, 9, 0));
        item.ended = Some(pingyi::demo::at(2010, 10, 1, 9, 5));
    }
    let early = dir.join("2010-10-01-early.json");
    store::save(&early, &finished).unwrap();
    store::save(&early, &finished).unwrap(); // leaves a .bak beside it
    let broken = dir.join("broken.json");
    fs::write(&broken, b"{ not json").unwrap();
    fs::write(dir.join("notes.txt"), b"agenda draft").unwrap();
    fs::write(store::lock_path(&town), b"{}").unwrap();
    fs::write(dir.join(".2010-10-19-x.json.tmp"), b"").unwrap();

    let listed = store::list(dir);
    let paths: Vec<_> = listed.iter().map(|l| l.path.clone()).collect();
    assert_eq!(paths, [oil, town, early, broken]);
    let oil = listed[0].summary.as_ref().unwrap();
    assert_eq!(oil.title, "超低渗油田开发管理部创先争优群众评议");
    assert_eq!(oil.date, chrono::NaiveDate::from_ymd_opt(2010, 11, 5));
    assert_eq!(oil.state, MeetingState::NotStarted);
    assert_eq!(
        listed[2].summary.as_ref().unwrap().state,
        MeetingState::Finished
    );
    assert!(matches!(listed[3].summary, Err(StoreError::BadJson { .. })));
}

#[test]
fn a_missing_folder_lists_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    assert!(store::list(&tmp.path().join("none")).is_empty());
}
