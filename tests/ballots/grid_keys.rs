//! The tally grid typed as clerks type in Excel/WPS, driven by key presses: a minus sign refused
//! like a letter (never dropped), Enter after Tab-ing back to the column where the row began,
//! and the blind recheck (nothing of the first count shown while typed; the differing cells side
//! by side on the verification view afterwards), in zh and en.

use crossterm::event::KeyCode;
use pingyi::i18n::Lang;
use pingyi::model::{Column, EntryMode, Session, Stamp, TargetKind, Template};
use pingyi::tui::app::App;
use pingyi::tui::screens::ballots::View;
use pingyi::tui::testing::*;

fn stamp() -> Stamp {
    Stamp::new(meeting_time(10, 0), "计票人")
}

const BRANCHES: [&str; 5] = [
    "机关党支部",
    "第一综合井区党支部",
    "第二综合井区党支部",
    "第三综合井区党支部",
    "作业区党支部",
];

/// Five branches on 整体评价 (满意/基本满意/不满意), 23 ballots returned, one grid batch of 23
/// valid ballots; with `counted`, every row typed as 20 满意, 2 基本满意, 1 不满意.
fn branches(lang: Lang, counted: bool) -> Session {
    let mut s = empty_session(lang);
    let form = Template::default_for(lang).forms[0].clone();
    let id = s.add_round_from_form(&form, &stamp()).unwrap();
    s.header.scrutineers = vec!["王立新".into()];
    s.with_round(id, &stamp(), |r, j| {
        let drop: Vec<u32> = r.items.iter().map(|i| i.id).filter(|&i| i != 8).collect();
        for i in drop {
            r.remove_item(i, j)?;
        }
        let names: Vec<String> = BRANCHES.iter().map(|t| t.to_string()).collect();
        r.add_targets(&names, TargetKind::Organisation, j)?;
        r.set_issued(Some(23), j)?;
        r.set_returned(Some(23), j)?;
        r.add_batch("g1", "支部评议", "", EntryMode::Grid, j)?;
        r.set_batch_ballots("g1", false, 23, j)?;
        if counted {
            let item = r.items[0].id;
            let targets: Vec<u32> = r.targets.iter().map(|t| t.id).collect();
            for t in targets {
                for (g, n) in [(0, 20), (1, 2), (2, 1)] {
                    r.set_cell("g1", t, item, Column::Grade(g), n, j)?;
                }
            }
        }
        Ok(())
    })
    .unwrap();
    s
}

fn session(app: &App) -> &Session {
    &app.doc.as_ref().unwrap().session
}

/// F6, the round, its grid batch (the line after the batches' head), on the valid ballots.
fn open_grid(app: &mut App) {
    press(app, KeyCode::F(6));
    press(app, KeyCode::Enter);
    let r = &session(app).rounds[0];
    let line = 6 + 1 + r.targets.len() + 1 + r.items.len() + 1;
    for _ in 0..line {
        press(app, KeyCode::Down);
    }
    press(app, KeyCode::Enter);
    assert_eq!(app.screens.ballots.view, View::Grid("g1".into()));
}

/// The counts typed into row `ti` of the batch: grades, blank, void marks.
fn row(app: &App, ti: usize) -> (Vec<u32>, u32, u32) {
    let r = &session(app).rounds[0];
    let t = r.targets[ti].id;
    let c = r.grid_cell("g1", t, r.items[0].id).unwrap();
    (c.grades, c.blank, c.void_mark)
}

fn tag(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "zh",
        Lang::En => "en",
    }
}

#[test]
fn a_minus_sign_is_refused_like_a_letter_and_nothing_is_kept() {
    for lang in [Lang::Zh, Lang::En] {
        let mut app = app_with(branches(lang, false), lang);
        open_grid(&mut app);
        press(&mut app, KeyCode::Enter);
        let audit = session(&app).audit.len();
        // `-3`: the minus stays in what is typed and is refused; it does not become 3.
        type_str(&mut app, "-3");
        let grid = &app.screens.ballots.grid;
        assert_eq!(grid.typing.as_deref(), Some("-3"));
        let shown = grid.error.as_ref().expect("refused").get(lang).to_string();
        let letter = {
            let mut other = app_with(branches(lang, false), lang);
            open_grid(&mut other);
            press(&mut other, KeyCode::Enter);
            type_str(&mut other, "a3");
            other.screens.ballots.grid.error.clone().expect("refused")
        };
        match lang {
            Lang::Zh => {
                assert_eq!(shown, "“-3”不是票数,请只输入 0 或正整数");
                assert_eq!(letter.zh, "“a3”不是票数,请只输入 0 或正整数");
            }
            Lang::En => {
                assert_eq!(shown, "“-3” is not a count; type a whole number, 0 or more");
                assert_eq!(
                    letter.en,
                    "“a3” is not a count; type a whole number, 0 or more"
                );
            }
        }
        // Enter and Tab keep nothing and stay in place, the typed text shown for correcting.
        press(&mut app, KeyCode::Enter);
        press(&mut app, KeyCode::Tab);
        assert_eq!(
            (app.screens.ballots.grid.row, app.screens.ballots.grid.col),
            (1, 0)
        );
        assert_eq!(row(&app, 0), (vec![0, 0, 0], 0, 0));
        assert_eq!(
            session(&app).audit.len(),
            audit,
            "nothing reached the record"
        );
        let text = screen_text(&app, 80, 24);
        assert!(text.contains(&shown), "{text}");
        if lang == Lang::Zh {
            insta::assert_snapshot!("grid_minus_zh_80x24", draw(&app, 80, 24).backend());
        }
        // Backspace takes the minus away; 3 is then kept, once, in the audit log.
        press(&mut app, KeyCode::Backspace);
        press(&mut app, KeyCode::Backspace);
        assert!(app.screens.ballots.grid.error.is_none());
        type_str(&mut app, "3");
        press(&mut app, KeyCode::Enter);
        assert_eq!(row(&app, 0), (vec![3, 0, 0], 0, 0));
        let last = session(&app).audit.last().unwrap();
        assert_eq!(
            (
                last.action.as_str(),
                last.old.as_deref(),
                last.new.as_deref()
            ),
            ("tally.set", Some("0"), Some("3"))
        );
    }
}

#[test]
fn enter_after_tab_returns_to_the_column_where_the_row_began() {
    for lang in [Lang::Zh, Lang::En] {
        enter_after_tab(lang);
    }
}

fn enter_after_tab(lang: Lang) {
    let mut app = app_with(branches(lang, false), lang);
    open_grid(&mut app);
    press(&mut app, KeyCode::Enter);
    // Typed the Excel way: across a row with Tab, then Enter.
    for counts in [["20", "2", "1"], ["19", "3", "1"], ["18", "4", "1"]] {
        for (k, n) in counts.iter().enumerate() {
            type_str(&mut app, n);
            press(
                &mut app,
                if k + 1 < counts.len() {
                    KeyCode::Tab
                } else {
                    KeyCode::Enter
                },
            );
        }
        assert_eq!(app.screens.ballots.grid.col, 0, "back to the first column");
    }
    assert_eq!(row(&app, 0), (vec![20, 2, 1], 0, 0));
    assert_eq!(row(&app, 1), (vec![19, 3, 1], 0, 0));
    assert_eq!(row(&app, 2), (vec![18, 4, 1], 0, 0));
    // A row begun in the second column comes back to the second column.
    press(&mut app, KeyCode::Right);
    type_str(&mut app, "21");
    press(&mut app, KeyCode::Tab);
    type_str(&mut app, "2");
    press(&mut app, KeyCode::Enter);
    let g = &app.screens.ballots.grid;
    assert_eq!((g.row, g.col), (5, 1));
    assert_eq!(row(&app, 3), (vec![0, 21, 2], 0, 0));
    // An arrow forgets where Tab-ing began: Enter then goes straight down.
    type_str(&mut app, "1");
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Left);
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Enter);
    let g = &app.screens.ballots.grid;
    assert_eq!((g.row, g.col), (5, 2), "the last row keeps its place");
    insta::assert_snapshot!(
        format!("grid_tab_enter_{}_80x24", tag(lang)),
        draw(&app, 80, 24).backend()
    );
}

/// F6, the round, `v` for verification, `r` for the recheck grid.
fn open_recheck(app: &mut App) {
    press(app, KeyCode::F(6));
    press(app, KeyCode::Enter);
    press(app, KeyCode::Char('v'));
    press(app, KeyCode::Char('r'));
    assert_eq!(app.screens.ballots.view, View::Recheck);
}

#[test]
fn the_recheck_is_blind_and_its_differences_are_listed_side_by_side_afterwards() {
    for lang in [Lang::Zh, Lang::En] {
        let mut app = app_with(branches(lang, true), lang);
        open_recheck(&mut app);
        // Two rows typed the Excel way, both adding up; the second differs from the count.
        for counts in [["20", "2", "1"], ["20", "3", "0"]] {
            for (k, n) in counts.iter().enumerate() {
                type_str(&mut app, n);
                press(
                    &mut app,
                    if k + 1 < counts.len() {
                        KeyCode::Tab
                    } else {
                        KeyCode::Enter
                    },
                );
            }
        }
        let text = screen_text(&app, 80, 24);
        // Blind: nothing of the first count (no 20/2/1 in the empty rows, no ≠, no number of
        // differing cells); the footer counts the rows that do not add up, as the marks do.
        assert!(!text.contains('≠'), "{text}");
        let wrong = match lang {
            Lang::Zh => "3 行与有效票数不符",
            Lang::En => "3 rows do not add up",
        };
        assert!(text.contains(wrong), "{text}");
        let blind = match lang {
            Lang::Zh => "不显示计票结果",
            Lang::En => "blind",
        };
        assert!(text.contains(blind), "{text}");
        assert_eq!(
            text.matches(" 20 ").count(),
            2,
            "only the recheck's own 20s: {text}"
        );
        insta::assert_snapshot!(
            format!("recheck_blind_{}_80x24", tag(lang)),
            draw(&app, 80, 24).backend()
        );
        // The other three rows as counted: every row adds up, the footer says so.
        for _ in 0..3 {
            for (k, n) in ["20", "2", "1"].iter().enumerate() {
                type_str(&mut app, n);
                press(&mut app, if k < 2 { KeyCode::Tab } else { KeyCode::Enter });
            }
        }
        let text = screen_text(&app, 80, 24);
        let all_ok = match lang {
            Lang::Zh => "各行均与有效票数相符",
            Lang::En => "Every row adds up",
        };
        assert!(text.contains(all_ok), "{text}");
        assert!(!text.contains('≠'), "{text}");
        // Done: Esc shows the verification view with the two differing cells side by side,
        // its headings on one line.
        press(&mut app, KeyCode::Esc);
        assert_eq!(app.screens.ballots.view, View::Verify);
        let text = screen_text(&app, 80, 24);
        let head = match lang {
            Lang::Zh => ["对象 · 项目 · 栏", "计票", "复核"],
            Lang::En => ["Target · item · column", "Count", "Recheck"],
        };
        let heading = text
            .lines()
            .find(|l| l.contains(head[0]))
            .expect("the differences' heading");
        assert!(
            heading.contains(head[1]) && heading.contains(head[2]),
            "one line: {heading}"
        );
        let grades = &session(&app).rounds[0].items[0].scale.grades;
        let diffs: Vec<&str> = text
            .lines()
            .filter(|l| l.contains("第一综合井区"))
            .collect();
        assert_eq!(diffs.len(), 2, "{text}");
        for (line, (grade, counted, recheck)) in diffs
            .iter()
            .zip([(&grades[1].label, "2", "3"), (&grades[2].label, "1", "0")])
        {
            let figures: Vec<&str> = line.split_whitespace().rev().take(2).collect();
            assert!(line.contains(grade.as_str()), "{line}");
            assert_eq!(figures, [recheck, counted], "{line}");
        }
        insta::assert_snapshot!(
            format!("recheck_diffs_{}_80x24", tag(lang)),
            draw(&app, 80, 24).backend()
        );
        for (w, h) in [(0, 0), (1, 1), (20, 5)] {
            draw(&app, w, h);
        }
    }
}
