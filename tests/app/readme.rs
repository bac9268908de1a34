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
        "README.md's key map is out of date: run `PINGYI_UPDATE_README=1 cargo test --test readme`; it should be:\n{want}"
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
