//! The ballot screens driven by key presses and drawn into a TestBackend: ballot-by-ballot entry
//! (one key per item, Backspace, Ctrl+Z), the tally grid (live row checks, refusals, fill blank),
//! verification and publishing, and the results (table, ranked bars, summary), in zh and en.

use crossterm::event::KeyCode;
use pingyi::i18n::Lang;
use pingyi::model::{EntryMode, RoundState, Session, Stamp, TargetKind, Template};
use pingyi::tui::app::App;
use pingyi::tui::screens::ScreenId;
use pingyi::tui::screens::ballots::View;
use pingyi::tui::testing::*;

fn stamp() -> Stamp {
    Stamp::new(meeting_time(10, 0), "计票人")
}

/// The town's round set up (form, targets, figures, one ballot batch), nothing counted yet,
/// its target and batch named in `lang`.
pub(crate) fn town_form(lang: Lang) -> Session {
    match lang {
        Lang::Zh => town_form_named(lang, "网岭镇党委", "第一组"),
        Lang::En => town_form_named(lang, "Wangling town committee", "Table 1"),
    }
}

/// The town's round: 网岭镇党委 (as `target`) on 发挥战斗堡垒作用 (好/较好/一般/差) and 整体评价
/// (满意/基本满意/不满意), 66 issued and returned, one ballot batch `batch` ("t1"), nothing
/// counted.
pub(crate) fn town_form_named(lang: Lang, target: &str, batch: &str) -> Session {
    let mut s = empty_session(lang);
    let form = Template::default_for(lang).forms[0].clone();
    let id = s.add_round_from_form(&form, &stamp()).unwrap();
    s.with_round(id, &stamp(), |r, j| {
        let drop: Vec<u32> = r
            .items
            .iter()
            .map(|i| i.id)
            .filter(|&i| i != 7 && i != 8)
            .collect();
        for i in drop {
            r.remove_item(i, j)?;
        }
        r.add_targets(&[target.to_string()], TargetKind::Organisation, j)?;
        r.set_issued(Some(66), j)?;
        r.set_returned(Some(66), j)?;
        r.add_batch("t1", batch, "", EntryMode::Ballots, j)
    })
    .unwrap();
    s
}

fn session(app: &App) -> &Session {
    &app.doc.as_ref().unwrap().session
}

/// F6, open the first round, walk down to line `line` of the round view and press Enter.
fn open_line(app: &mut App, line: usize) {
    press(app, KeyCode::F(6));
    press(app, KeyCode::Enter);
    for _ in 0..line {
        press(app, KeyCode::Down);
    }
    press(app, KeyCode::Enter);
}

/// The round view's line of the first batch: 6 fixed lines, the targets' head and targets, the
/// items' head and items, the batches' head.
fn first_batch_line(s: &Session) -> usize {
    let r = &s.rounds[0];
    6 + 1 + r.targets.len() + 1 + r.items.len() + 1
}

#[test]
fn sixty_six_ballots_take_132_keys() {
    let mut app = app_with(town_form(Lang::Zh), Lang::Zh);
    let line = first_batch_line(session(&app));
    open_line(&mut app, line);
    assert_eq!(app.screen, ScreenId::Ballots);
    assert_eq!(app.screens.ballots.view, View::Entry("t1".into()));
    let before = session(&app).audit.len();
    for k in 0..66 {
        type_str(&mut app, if k < 64 { "11" } else { "21" });
    }
    let s = session(&app);
    assert_eq!(s.rounds[0].batches[0].ballots.len(), 66);
    assert_eq!(s.audit.len() - before, 66, "one audit entry per ballot");
    let res = s.round_results(s.rounds[0].id).unwrap();
    assert_eq!(res.row(0, 0).unwrap().rates[0].share.to_string(), "96.97%");
    assert_eq!(res.row(0, 1).unwrap().rates[0].share.to_string(), "100.00%");
    // A 67th ballot is refused on its first key: 66 came back.
    press(&mut app, KeyCode::Char('1'));
    assert_eq!(session(&app).rounds[0].counted(), 66);
    insta::assert_snapshot!("entry_refused_zh_80x24", draw(&app, 80, 24).backend());
}

#[test]
fn backspace_steps_back_and_ctrl_z_takes_back_a_ballot() {
    let mut app = app_with(town_form(Lang::Zh), Lang::Zh);
    let line = first_batch_line(session(&app));
    open_line(&mut app, line);
    type_str(&mut app, "11");
    type_str(&mut app, "2");
    insta::assert_snapshot!("entry_mid_ballot_zh_80x24", draw(&app, 80, 24).backend());
    press(&mut app, KeyCode::Backspace);
    type_str(&mut app, "3");
    // 4 is not a grade of 发挥战斗堡垒作用? It is (好/较好/一般/差); 整体评价 has 3: refuse 4 there.
    type_str(&mut app, "4");
    assert!(app.screens.ballots.entry.error.is_some());
    assert_eq!(session(&app).rounds[0].batches[0].ballots.len(), 1);
    type_str(&mut app, "x");
    let b = &session(&app).rounds[0].batches[0].ballots;
    assert_eq!((b.len(), b[1].marks.as_str()), (2, "3x"));
    ctrl(&mut app, 'z');
    let b = &session(&app).rounds[0].batches[0].ballots;
    assert_eq!(b.len(), 1, "Ctrl+Z took the last committed ballot back");
    assert_eq!(session(&app).audit.last().unwrap().action, "ballot.undo");
    // A void ballot is one key.
    press(&mut app, KeyCode::Char('-'));
    let b = &session(&app).rounds[0].batches[0].ballots;
    assert!(b[1].void);
    insta::assert_snapshot!("entry_after_void_en_80x24", {
        let mut en = app_with(session(&app).clone(), Lang::En);
        open_line(&mut en, line);
        draw(&en, 80, 24).backend().clone()
    });
    for (w, h) in [(0, 0), (1, 1), (20, 5), (300, 100)] {
        draw(&app, w, h);
    }
    insta::assert_snapshot!("entry_zh_20x5", draw(&app, 20, 5).backend());
}

/// The oil-field branch form: 5 branches on 整体评价, a grid batch.
fn branches(lang: Lang) -> Session {
    let mut s = empty_session(lang);
    let form = Template::default_for(lang).forms[0].clone();
    let id = s.add_round_from_form(&form, &stamp()).unwrap();
    s.with_round(id, &stamp(), |r, j| {
        let drop: Vec<u32> = r.items.iter().map(|i| i.id).filter(|&i| i != 8).collect();
        for i in drop {
            r.remove_item(i, j)?;
        }
        r.set_issued(Some(23), j)?;
        r.set_returned(Some(23), j)?;
        r.add_batch(
            "g1",
            if lang == Lang::Zh {
                "支部评议"
            } else {
                "Branches"
            },
            "",
            EntryMode::Grid,
            j,
        )
    })
    .unwrap();
    s
}

#[test]
fn targets_are_pasted_and_the_grid_is_typed_like_a_spreadsheet() {
    let mut app = app_with(branches(Lang::Zh), Lang::Zh);
    // F6, open the round, go to the targets' head and paste the list.
    press(&mut app, KeyCode::F(6));
    press(&mut app, KeyCode::Enter);
    for _ in 0..6 {
        press(&mut app, KeyCode::Down);
    }
    app.on_paste("1. 机关党支部\n2. 第一综合井区党支部\n3. 第二综合井区党支部\n4. 第三综合井区党支部\n5. 作业区党支部\n");
    assert_eq!(session(&app).rounds[0].targets.len(), 5);
    let line = first_batch_line(session(&app));
    for _ in 6..line {
        press(&mut app, KeyCode::Down);
    }
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screens.ballots.view, View::Grid("g1".into()));
    // The valid ballots first, then down into the rows: 21 满意, Tab, 1 基本满意 → 缺 1.
    type_str(&mut app, "23");
    press(&mut app, KeyCode::Enter);
    type_str(&mut app, "21");
    press(&mut app, KeyCode::Tab);
    type_str(&mut app, "1");
    press(&mut app, KeyCode::Tab);
    // `=` puts the missing one into blank for this row.
    press(&mut app, KeyCode::Char('='));
    let cell = session(&app).rounds[0].batches[0].cells[0].clone();
    assert_eq!((cell.grades.clone(), cell.blank), (vec![21, 1, 0], 1));
    // Next row: a letter and a count above the valid ballots are refused on the spot.
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Left);
    press(&mut app, KeyCode::Left);
    press(&mut app, KeyCode::Left);
    type_str(&mut app, "a");
    assert!(app.screens.ballots.grid.error.is_some());
    press(&mut app, KeyCode::Backspace);
    assert!(app.screens.ballots.grid.error.is_none());
    type_str(&mut app, "24");
    press(&mut app, KeyCode::Enter);
    assert_eq!(
        app.screens.ballots.grid.typing.as_deref(),
        Some("24"),
        "the typed count is kept"
    );
    insta::assert_snapshot!("grid_refused_zh_80x24", draw(&app, 80, 24).backend());
    press(&mut app, KeyCode::Backspace);
    press(&mut app, KeyCode::Backspace);
    type_str(&mut app, "25");
    press(&mut app, KeyCode::Esc);
    type_str(&mut app, "22");
    press(&mut app, KeyCode::Tab);
    type_str(&mut app, "2");
    press(&mut app, KeyCode::Enter);
    insta::assert_snapshot!("grid_zh_80x24", draw(&app, 80, 24).backend());
    insta::assert_snapshot!("grid_zh_20x5", draw(&app, 20, 5).backend());
    let mut en = app_with(session(&app).clone(), Lang::En);
    open_line(&mut en, line);
    press(&mut en, KeyCode::Down);
    press(&mut en, KeyCode::Down);
    insta::assert_snapshot!("grid_en_80x24", draw(&en, 80, 24).backend());
    insta::assert_snapshot!("grid_en_20x5", draw(&en, 20, 5).backend());
    for (w, h) in [(0, 0), (1, 1), (16, 4)] {
        draw(&app, w, h);
    }
    // Ctrl+Z takes back the last typed count.
    let before = session(&app).rounds[0].batches[0].cells[1].grades.clone();
    ctrl(&mut app, 'z');
    assert_ne!(session(&app).rounds[0].batches[0].cells[1].grades, before);
}

#[test]
fn verify_and_publish_by_keys() {
    let mut s = town_form(Lang::Zh);
    s.header.scrutineers = vec!["王立新".into(), "赵红梅".into()];
    let mut app = app_with(s, Lang::Zh);
    let line = first_batch_line(session(&app));
    open_line(&mut app, line);
    for k in 0..66 {
        type_str(&mut app, if k < 64 { "11" } else { "21" });
    }
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('v'));
    assert_eq!(app.screens.ballots.view, View::Verify);
    insta::assert_snapshot!("verify_ready_zh_80x24", draw(&app, 80, 24).backend());
    press(&mut app, KeyCode::Char('v'));
    assert_eq!(session(&app).rounds[0].state, RoundState::Verified);
    press(&mut app, KeyCode::Char('p'));
    assert_eq!(session(&app).rounds[0].state, RoundState::Published);
    insta::assert_snapshot!("verify_published_zh_80x24", draw(&app, 80, 24).backend());
    // Published is frozen: a ballot key is refused with the reason.
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Enter);
    type_str(&mut app, "1");
    assert!(
        app.screens
            .ballots
            .entry
            .error
            .as_ref()
            .unwrap()
            .zh
            .contains("已公布")
    );
    // Reopen asks for a reason.
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('v'));
    press(&mut app, KeyCode::Char('o'));
    press(&mut app, KeyCode::Enter);
    assert_eq!(
        session(&app).rounds[0].state,
        RoundState::Published,
        "no reason, no reopening"
    );
    type_str(&mut app, "第12张票重新核对");
    press(&mut app, KeyCode::Enter);
    assert_eq!(session(&app).rounds[0].state, RoundState::Counting);
    assert_eq!(
        session(&app).audit.last().unwrap().reason.as_deref(),
        Some("第12张票重新核对")
    );
}

#[test]
fn a_new_round_from_the_template_by_keys() {
    let mut app = app_with(empty_session(Lang::Zh), Lang::Zh);
    press(&mut app, KeyCode::F(6));
    insta::assert_snapshot!("rounds_empty_zh_80x24", draw(&app, 80, 24).backend());
    press(&mut app, KeyCode::Char('n'));
    press(&mut app, KeyCode::Char('2'));
    let s = session(&app);
    assert_eq!(s.rounds.len(), 1);
    assert_eq!(s.rounds[0].name, "党员群众评议表");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screens.ballots.view, View::Round);
    // Add a target by name, then a ballot batch.
    for _ in 0..6 {
        press(&mut app, KeyCode::Down);
    }
    press(&mut app, KeyCode::Char('a'));
    type_str(&mut app, "黄武");
    press(&mut app, KeyCode::Enter);
    assert_eq!(session(&app).rounds[0].targets[0].name, "黄武");
    press(&mut app, KeyCode::Char('b'));
    press(&mut app, KeyCode::Enter);
    assert_eq!(session(&app).rounds[0].batches.len(), 1);
    assert_eq!(session(&app).rounds[0].batches[0].label, "第1组");
    insta::assert_snapshot!("round_zh_80x24", draw(&app, 80, 24).backend());
    insta::assert_snapshot!("round_zh_20x5", draw(&app, 20, 5).backend());
    // The new batch is selected: Enter opens it for ballot-by-ballot entry.
    press(&mut app, KeyCode::Enter);
    let uid = session(&app).rounds[0].batches[0].uid.clone();
    assert_eq!(app.screens.ballots.view, View::Entry(uid));
}

#[test]
fn a_on_the_forms_name_adds_a_target_rather_than_nothing() {
    let mut app = app_with(empty_session(Lang::Zh), Lang::Zh);
    press(&mut app, KeyCode::F(6));
    press(&mut app, KeyCode::Char('n'));
    press(&mut app, KeyCode::Char('1'));
    press(&mut app, KeyCode::Enter);
    // The cursor is on the form's name, above every section.
    press(&mut app, KeyCode::Char('a'));
    type_str(&mut app, "第一党支部");
    press(&mut app, KeyCode::Enter);
    assert_eq!(session(&app).rounds[0].targets[0].name, "第一党支部");
    assert_eq!(
        session(&app).rounds[0].name,
        "党组织群众评议表",
        "the name is untouched"
    );
}

#[test]
fn results_table_bars_and_summary() {
    for lang in [Lang::Zh, Lang::En] {
        let mut app = app_with(pingyi::demo::oilfield(), lang);
        press(&mut app, KeyCode::F(7));
        assert_eq!(app.screen, ScreenId::Results);
        let l = lang.code();
        insta::assert_snapshot!(
            format!("results_table_{l}_80x24"),
            draw(&app, 80, 24).backend()
        );
        press(&mut app, KeyCode::Tab);
        press(&mut app, KeyCode::Char('i'));
        insta::assert_snapshot!(
            format!("results_bars_{l}_80x24"),
            draw(&app, 80, 24).backend()
        );
        insta::assert_snapshot!(
            format!("results_bars_{l}_20x5"),
            draw(&app, 20, 5).backend()
        );
        press(&mut app, KeyCode::Right);
        press(&mut app, KeyCode::Tab);
        insta::assert_snapshot!(
            format!("results_summary_{l}_80x24"),
            draw(&app, 80, 24).backend()
        );
        for (w, h) in [(0, 0), (1, 1), (20, 5), (300, 100)] {
            draw(&app, w, h);
        }
    }
}

#[test]
fn merge_from_the_round_view() {
    let main = town_form(Lang::Zh);
    let mut other = main.clone();
    let id = other.rounds[0].id;
    other
        .with_round(id, &stamp(), |r, j| {
            r.add_batch("laptop2", "第二组", "", EntryMode::Ballots, j)?;
            for _ in 0..3 {
                r.commit_ballot("laptop2", "11", j)?;
            }
            Ok(())
        })
        .unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("other.json");
    pingyi::store::save(&path, &other).unwrap();
    let mut app = app_with(main, Lang::Zh);
    press(&mut app, KeyCode::F(6));
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('m'));
    app.on_paste(&path.to_string_lossy());
    press(&mut app, KeyCode::Enter);
    let s = session(&app);
    assert_eq!(s.rounds[0].batches.len(), 2);
    assert_eq!(s.rounds[0].counted(), 3);
    let flash = app.flash.as_ref().unwrap();
    // The empty batch both copies share is already here.
    assert_eq!(
        flash.message.zh,
        "已合并 1 个计票组,1 个已在本文件中(未重复计入)"
    );
    // Again: nothing is counted twice.
    press(&mut app, KeyCode::Char('m'));
    app.on_paste(&path.to_string_lossy());
    press(&mut app, KeyCode::Enter);
    assert_eq!(session(&app).rounds[0].counted(), 3);
    assert!(
        app.flash
            .as_ref()
            .unwrap()
            .message
            .zh
            .contains("已合并 0 个计票组,2 个已在本文件中")
    );
}

#[test]
fn an_items_scale_weights_rates_and_flags_are_edited_as_text() {
    let mut app = app_with(branches(Lang::Zh), Lang::Zh);
    press(&mut app, KeyCode::F(6));
    press(&mut app, KeyCode::Enter);
    // No targets yet: line 7 is the items' head, line 8 the one item (整体评价).
    for _ in 0..8 {
        press(&mut app, KeyCode::Down);
    }
    press(&mut app, KeyCode::Char('w'));
    ctrl(&mut app, 'u');
    type_str(&mut app, "90/70");
    press(&mut app, KeyCode::Enter);
    assert!(
        app.screens.ballots.round_view.editing(),
        "two weights for three grades stay open"
    );
    type_str(&mut app, "/50");
    press(&mut app, KeyCode::Enter);
    let item = &session(&app).rounds[0].items[0];
    assert_eq!(
        item.scale
            .grades
            .iter()
            .map(|g| g.weight)
            .collect::<Vec<_>>(),
        vec![Some(90), Some(70), Some(50)]
    );
    press(&mut app, KeyCode::Char('r'));
    ctrl(&mut app, 'u');
    type_str(&mut app, "满意率=1/b");
    press(&mut app, KeyCode::Enter);
    let item = &session(&app).rounds[0].items[0];
    assert_eq!(item.rates.len(), 1);
    assert!(item.rates[0].exclude_blanks);
    press(&mut app, KeyCode::Char('f'));
    ctrl(&mut app, 'u');
    type_str(&mut app, "预警=3>=1/3");
    press(&mut app, KeyCode::Enter);
    assert_eq!(session(&app).rounds[0].items[0].flags[0].label, "预警");
    // A custom scale: the last choice, then its grades.
    press(&mut app, KeyCode::Char('s'));
    press(&mut app, KeyCode::Char('8'));
    type_str(&mut app, "好/一般/差");
    press(&mut app, KeyCode::Enter);
    let item = &session(&app).rounds[0].items[0];
    assert_eq!(item.scale.joined_labels(), "好/一般/差");
    assert_eq!(item.rates[0].name, "好评率");
    // One Ctrl+Z takes the scale back, with the rates and flags it had.
    ctrl(&mut app, 'z');
    let item = &session(&app).rounds[0].items[0];
    assert_eq!(item.scale.joined_labels(), "满意/基本满意/不满意");
    assert_eq!(
        (item.rates.len(), item.flags[0].label.as_str()),
        (1, "预警")
    );
}
