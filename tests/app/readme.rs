//! README.md stays in step with the code: its key map is the key tables' own text, and it names
//! every command.

use clap::CommandFactory;

fn readme() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).expect("README.md")
}

#[test]
fn readme_key_map_is_the_code_key_map() {
    let text = readme();
    let begin = "<!-- keys:begin -->\n";
    let end = "<!-- keys:end -->";
    let (Some(b), Some(e)) = (text.find(begin), text.find(end)) else {
        panic!("README.md has no key map between {begin:?} and {end:?}");
    };
    let have = &text[b + begin.len()..e];
    let want = pingyi::tui::keys::markdown();
    if have != want && std::env::var_os("PINGYI_UPDATE_README").is_some() {
        let updated = format!("{}{want}{}", &text[..b + begin.len()], &text[e..]);
        std::fs::write(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"), updated)
            .expect("write README.md");
        return;
    }
    assert!(
        have == want,
        "README.md's key map is out of date: run `PINGYI_UPDATE_README=1 cargo test --test app readme`; it should be:\n{want}"
    );
}

#[test]
fn readme_names_every_command() {
    let text = readme();
    for sub in pingyi::cli::Cli::command().get_subcommands() {
        let name = sub.get_name();
        assert!(
            text.contains(&format!("pingyi {name}")),
            "README.md does not describe `pingyi {name}`"
        );
    }
    assert!(text.contains("cargo run --release"));
    assert!(text.contains("cargo test"));
}

/// Issue 12, item 17: one row for several keys doing one thing, and no key written twice over
/// (`Shift+Shift+Tab`), in README's key map in both languages.
#[test]
fn readme_key_map_has_one_row_per_thing_done() {
    let text = readme();
    let map = &text[text.find("<!-- keys:begin -->").expect("the key map")..];
    let map = &map[..map.find("<!-- keys:end -->").expect("its end")];
    assert!(!map.contains("Shift+Shift"), "a key written as Shift+Shift");
    for section in map.split("\n**").skip(1) {
        let rows: Vec<(&str, &str)> = section
            .lines()
            .filter(|l| l.starts_with("| `"))
            .filter_map(|l| {
                let cells: Vec<&str> = l.split(" | ").collect();
                (cells.len() == 3).then(|| (cells[1], cells[2]))
            })
            .collect();
        for (k, row) in rows.iter().enumerate() {
            assert!(
                !rows[..k].contains(row),
                "two rows say “{} / {}” in {}",
                row.0,
                row.1,
                section.lines().next().unwrap_or_default()
            );
        }
    }
    // The ledger's four status keys, the report's two arrows: one row each.
    assert!(map.contains(
        "| `1 / 2 / 3 / 4` | Set the status: 1 pending 2 in progress 3 done 4 closed | 设置状态:1 待整改 2 整改中 3 已完成 4 已销号 |"
    ));
    assert!(map.contains("| `← / →` | Previous / next report | 切换到上一个/下一个述职 |"));
    assert!(
        map.contains("| `Shift+Tab` | Keep and move left | 保存并到左边一格 |"),
        "{map}"
    );
}
