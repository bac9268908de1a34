//! The record of every example session in `sessions/` (and of the test town meeting with its full
//! roster, round and ledger), in Markdown and text, Chinese and English, checked by snapshot.

use chrono::NaiveDate;
use pingyi::export::{self, CsvTable, ExportRequest, Format};
use pingyi::i18n::Lang;
use pingyi::model::Session;

fn req(format: Format, lang: Lang) -> ExportRequest {
    ExportRequest {
        format,
        lang,
        as_of: NaiveDate::from_ymd_opt(2010, 12, 15).expect("a real date"),
        table: CsvTable::Results,
    }
}

fn text(s: &Session, format: Format, lang: Lang) -> String {
    let bytes = export::render_record(s, &req(format, lang)).expect("render");
    String::from_utf8(bytes).expect("text formats are UTF-8")
}

fn snapshot_all(name: &str, s: &Session) {
    for lang in [Lang::Zh, Lang::En] {
        for (format, ext) in [(Format::Md, "md"), (Format::Txt, "txt")] {
            insta::assert_snapshot!(
                format!("{name}_{}_{ext}", lang.code()),
                text(s, format, lang)
            );
        }
    }
}

#[test]
fn example_sessions() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/sessions");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("the sessions folder")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    assert!(!files.is_empty());
    for f in files {
        let s = pingyi::store::load(&f).expect("every example loads");
        let name = f
            .file_stem()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        snapshot_all(&name, &s);
    }
}

#[test]
fn test_town_meeting() {
    snapshot_all("fixture-town", &export::fixture::town());
}

#[test]
fn notices() {
    let s = export::fixture::town();
    for lang in [Lang::Zh, Lang::En] {
        let d = export::notice::notice(&s, lang);
        insta::assert_snapshot!(
            format!("notice_fixture-town_{}_md", lang.code()),
            export::md::render(&d)
        );
    }
}
