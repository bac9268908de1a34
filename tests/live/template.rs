//! Template files: the shipped defaults, unknown fields anywhere, zero minutes, syntax errors.

use pingyi::i18n::Lang;
use pingyi::model::Template;

fn shipped(lang: Lang) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("templates")
        .join(format!("default.{}.json", lang.code()))
}

#[test]
fn shipped_defaults_are_the_built_in_template() {
    for lang in [Lang::Zh, Lang::En] {
        let want = Template::default_for(lang).to_json();
        if std::env::var_os("PINGYI_WRITE_TEMPLATES").is_some() {
            std::fs::write(shipped(lang), &want).unwrap();
        }
        let text = std::fs::read_to_string(shipped(lang)).unwrap();
        assert_eq!(
            text, want,
            "regenerate with PINGYI_WRITE_TEMPLATES=1 cargo test --test live_template"
        );
        assert_eq!(
            Template::load_json(&text).unwrap(),
            Template::default_for(lang)
        );
    }
}

#[test]
fn unknown_fields_are_named_by_path_even_deep_in_a_form() {
    let mut v: serde_json::Value =
        serde_json::from_str(&Template::default_for(Lang::Zh).to_json()).unwrap();
    v["agenda"][1]["planed_minutes"] = 5.into();
    v["forms"][0]["items"][7]["scale"]["grades"][0]["wieght"] = 100.into();
    v["quorum"]["nmu"] = 2.into();
    let e = Template::load_json(&v.to_string()).unwrap_err();
    let text = e.describe(Lang::En);
    assert!(
        text.contains("agenda[1].planed_minutes: unknown field"),
        "{text}"
    );
    assert!(
        text.contains("forms[0].items[7].scale.grades[0].wieght"),
        "{text}"
    );
    assert!(text.contains("quorum.nmu"), "{text}");
    assert_eq!(e.problems.len(), 3);
    assert!(e.describe(Lang::Zh).starts_with("模板文件有 3 处问题"));
}

#[test]
fn rules_zero_minutes_empty_and_duplicate_categories_bad_grades() {
    let mut v: serde_json::Value =
        serde_json::from_str(&Template::default_for(Lang::Zh).to_json()).unwrap();
    v["agenda"][2]["planned_minutes"] = 0.into();
    v["attendee_categories"] = serde_json::json!(["党代表", "党代表", " "]);
    v["suggestion_categories"] = serde_json::json!([]);
    v["quorum"] = serde_json::json!({"rule": "fraction", "num": 3, "den": 2});
    v["forms"][0]["items"][0]["rates"][0]["grades"] = serde_json::json!([7]);
    let e = Template::load_json(&v.to_string()).unwrap_err();
    let text = e.describe(Lang::En);
    for want in [
        "agenda[2].planned_minutes: planned minutes must be from 1 to 600",
        "attendee_categories[1]: “党代表” appears twice",
        "attendee_categories[2]: must not be empty",
        "suggestion_categories: needs at least one entry",
        "quorum: the fraction 3/2",
        "forms[0].items[0].rates[0]: grade index 7",
    ] {
        assert!(text.contains(want), "missing {want:?} in\n{text}");
    }
}

#[test]
fn syntax_errors_and_wrong_types_give_line_and_column() {
    let e = Template::load_json(
        "{\n  \"agenda\": [\n    {\"title\": \"开会\", \"planned_minutes\": \"five\"}\n  ]\n}",
    )
    .unwrap_err();
    let text = e.describe(Lang::Zh);
    assert!(text.contains("第 3 行"), "{text}");
    let e = Template::load_json("{ not json").unwrap_err();
    assert!(e.describe(Lang::En).contains("line 1"));
    let e = Template::load_json("{\"agenda\": []}").unwrap_err();
    assert!(
        e.describe(Lang::En).contains("missing field"),
        "{}",
        e.describe(Lang::En)
    );
}

#[test]
fn new_meeting_from_a_template_file_and_a_bad_one() {
    use chrono::TimeZone;
    use pingyi::cli::new::{Args, create_meeting};
    let tmp = tempfile::tempdir().unwrap();
    let mut t = Template::default_for(Lang::Zh);
    t.agenda.truncate(3);
    t.attendee_categories = vec!["管理部员工".to_string()];
    let file = tmp.path().join("oilfield.json");
    std::fs::write(&file, t.to_json()).unwrap();
    let ctx = pingyi::cli::Context {
        lang: Lang::Zh,
        lang_asked: None,
        dir: tmp.path().join("sessions"),
        who: "张敏".to_string(),
    };
    let now = chrono::FixedOffset::east_opt(8 * 3600)
        .unwrap()
        .with_ymd_and_hms(2010, 11, 5, 13, 0, 0)
        .unwrap();
    let args = Args {
        title: None,
        date: None,
        template: Some(file.clone()),
    };
    let path = create_meeting(&args, &ctx, now).unwrap();
    let s = pingyi::store::load(&path).unwrap();
    assert_eq!(s.agenda.items.len(), 3);
    assert_eq!(s.attendance.categories, ["管理部员工"]);

    std::fs::write(&file, "{\"agenda\": [{\"title\": \"开会\", \"planned_minutes\": 0}], \"attendee_categories\": [\"x\"], \"suggestion_categories\": [\"y\"]}").unwrap();
    let e = create_meeting(&args, &ctx, now).unwrap_err();
    assert!(
        e.0.en.contains("oilfield.json") && e.0.en.contains("agenda[0].planned_minutes"),
        "{}",
        e.0.en
    );
    assert_eq!(
        std::fs::read_dir(tmp.path().join("sessions"))
            .unwrap()
            .count(),
        1,
        "nothing created"
    );
}
