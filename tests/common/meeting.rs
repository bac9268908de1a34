//! A meeting file for the fault tests: 80 people on the roster, nobody checked in yet, a round
//! of 2 targets × 3 items being counted ballot by ballot and in a tally grid of 99 valid
//! ballots, no suggestions yet; and what the file says about them.

use pingyi::i18n::Lang;
use pingyi::model::{PersonInput, Presence, Session, Stamp};
use std::path::Path;

const SURNAMES: [&str; 10] = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周"];
const GIVEN: [&str; 8] = [
    "建国", "秀英", "立新", "红梅", "海涛", "丽华", "志强", "春燕",
];

/// 80 names, none a prefix of another, so typing a whole name finds that person first.
pub fn names() -> Vec<String> {
    SURNAMES
        .iter()
        .flat_map(|s| GIVEN.iter().map(move |g| format!("{s}{g}")))
        .collect()
}

/// Writes the meeting to `path`.
pub fn write(path: &Path) {
    let at = pingyi::tui::testing::meeting_time(8, 0);
    let mut s = Session::new(at, Lang::Zh);
    let stamp = Stamp::new(at, "李静");
    let cats = s.attendance.categories.clone();
    let people: Vec<PersonInput> = names()
        .iter()
        .enumerate()
        .map(|(i, n)| PersonInput::new(n, &cats[i % cats.len()], "网岭镇"))
        .collect();
    s.roster_import(&people, &[], &stamp).expect("the roster");
    let round = s.add_round("党员测评表", &stamp).expect("a round");
    let scale = pingyi::model::template::builtin_scales(Lang::Zh)[0].clone();
    s.with_round(round, &stamp, |r, j| {
        let targets = ["黄武".to_string(), "王立新".to_string()];
        r.add_targets(&targets, pingyi::model::TargetKind::Person, j)?;
        for item in ["带头学习提高", "带头服务群众", "综合评价"] {
            r.add_item(item, scale.clone(), Lang::Zh, j)?;
        }
        r.set_issued(Some(500), j)?;
        r.set_returned(Some(500), j)?;
        r.add_batch(
            "t1",
            "第一计票组",
            "周强",
            pingyi::model::EntryMode::Ballots,
            j,
        )?;
        r.add_batch(
            "g1",
            "第二计票组",
            "孙丽",
            pingyi::model::EntryMode::Grid,
            j,
        )?;
        r.set_batch_ballots("g1", false, GRID_VALID, j)
    })
    .expect("the round");
    pingyi::store::save(path, &s).expect("save the meeting");
}

/// Who the file at `path` says is present; panics, with the reason, if it does not load.
pub fn present(path: &Path) -> Vec<String> {
    let s = pingyi::store::load(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    s.attendance
        .people
        .iter()
        .filter(|p| matches!(p.presence, Presence::Present { .. }))
        .map(|p| p.name.clone())
        .collect()
}

/// `pingyi check FILE` succeeds.
pub fn check_passes(path: &Path) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_pingyi"))
        .args(["check", path.to_str().expect("a UTF-8 path")])
        .env("PINGYI_LANG", "en")
        .output()
        .expect("run pingyi check");
    assert!(
        out.status.success(),
        "pingyi check {}:\n{}",
        path.display(),
        String::from_utf8_lossy(&out.stdout)
    );
}

/// The grid batch's valid ballots.
pub const GRID_VALID: u32 = 99;

/// The grid batch's typed cells in the order Tab walks them (item by item, target by target;
/// each row's grades, blank, void mark): 2 targets × 3 items × 5 columns.
pub fn grid_cells(path: &Path) -> Vec<u32> {
    let s = pingyi::store::load(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let r = &s.rounds[0];
    let b = &r.batches[1];
    let mut out = Vec::new();
    for item in &r.items {
        for t in &r.targets {
            let cell = b
                .cells
                .iter()
                .find(|c| c.target == t.id && c.item == item.id);
            let mut row = cell.map_or_else(|| vec![0; 3], |c| c.grades.clone());
            row.push(cell.map_or(0, |c| c.blank));
            row.push(cell.map_or(0, |c| c.void_mark));
            out.extend(row);
        }
    }
    out
}

/// The suggestions' texts in the file, in order.
pub fn suggestions(path: &Path) -> Vec<String> {
    let s = pingyi::store::load(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    s.suggestions.iter().map(|x| x.text.clone()).collect()
}

/// Ballots entered so far in the round's batch.
pub fn ballots(path: &Path) -> usize {
    let s = pingyi::store::load(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    s.rounds[0].batches[0].ballots.len()
}

/// Keys that open the round's batch for ballot-by-ballot entry, each once the screen shows the
/// last took: F6, Enter on the round, then down past its 6 fixed lines (name, 保密, 应到, 实到, 发出,
/// 收回), the targets' heading, 2 targets, the items' heading, 3 items and the batches' heading
/// (7 + 2 + 1 + 3 + 1) to the batch, and Enter.
pub const OPEN_BATCH: [&str; 3] = [
    "\x1b[17~",
    "\r",
    "\x1b[B\x1b[B\x1b[B\x1b[B\x1b[B\x1b[B\x1b[B\x1b[B\x1b[B\x1b[B\x1b[B\x1b[B\x1b[B\x1b[B\r",
];

/// The same to the grid batch, one line further down.
pub const OPEN_GRID: [&str; 3] = [
    "\x1b[17~",
    "\r",
    "\x1b[B\x1b[B\x1b[B\x1b[B\x1b[B\x1b[B\x1b[B\x1b[B\x1b[B\x1b[B\x1b[B\x1b[B\x1b[B\x1b[B\x1b[B\r",
];
