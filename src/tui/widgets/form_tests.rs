//! Tests of the form widget: fields read by label, checks, questions, choices that wrap.

use super::*;
use crate::i18n::live as txt;

#[test]
fn a_choices_options_wrap_whole_and_in_order() {
    let cats: Vec<String> = [
        "扶贫开发",
        "扩大就业",
        "教育文化",
        "医疗卫生",
        "农村基础设施建设",
        "社会保障",
        "惠农政策",
        "工作作风",
        "其他",
    ]
    .map(String::from)
    .to_vec();
    let lines = choice_lines(&cats, 56);
    assert!(lines.len() >= 2, "{lines:?}");
    let flat: Vec<usize> = lines.concat();
    assert_eq!(flat, (0..9).collect::<Vec<_>>(), "every option, in order");
    for line in &lines {
        let w: usize = line
            .iter()
            .map(|&k| choice_label(k, &cats[k]).width() + 2)
            .sum();
        assert!(w <= 56 + 2, "{line:?} is {w} wide");
    }
    assert_eq!(
        choice_lines(&cats, 1).len(),
        9,
        "one a line at worst, never split"
    );
}
use crossterm::event::KeyModifiers;

const A: Text = txt::KEY_NEXT_FIELD;
const B: Text = txt::KEY_PREV_FIELD;

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

fn type_in(form: &mut Form, text: &str) {
    for c in text.chars() {
        form.on_key(key(KeyCode::Char(c)));
    }
}

fn number(text: &str) -> Result<(), Message> {
    text.parse::<u32>()
        .map(|_| ())
        .map_err(|_| Message::new("不是数字", "not a number"))
}

#[test]
fn fields_are_read_by_label_and_a_fields_check_keeps_the_form_open_at_it() {
    let mut form = Form::new(
        txt::KEYS_FORM,
        vec![Field::line(A, "").check(number), Field::line(B, "")],
    );
    type_in(&mut form, "x");
    assert_eq!(form.on_key(key(KeyCode::Tab)), FormEvent::Editing);
    type_in(&mut form, "乙");
    assert_eq!(form.on_key(key(KeyCode::Enter)), FormEvent::Editing);
    assert_eq!(form.focus, 0, "the refused field has the caret");
    assert!(form.error.is_some());
    assert_eq!(form.value(B), "乙", "what was typed stays");
    form.on_key(key(KeyCode::Backspace));
    type_in(&mut form, "12");
    assert_eq!(
        form.on_key(KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL)),
        FormEvent::Submit
    );
    assert_eq!((form.value(A), form.value(B)), ("12".into(), "乙".into()));
}

#[test]
fn a_question_is_answered_with_a_digit_a_list_step_or_yes() {
    let mut pick = Form::choice(txt::KEYS_FORM, vec!["甲".into(), "乙".into(), "丙".into()]);
    assert_eq!(pick.on_key(key(KeyCode::Char('4'))), FormEvent::Editing);
    assert_eq!(pick.on_key(key(KeyCode::Char('2'))), FormEvent::Submit);
    assert_eq!(pick.picked(), 1);
    let mut walk = Form::choice(txt::KEYS_FORM, vec!["甲".into(), "乙".into()]);
    walk.on_key(key(KeyCode::Down));
    assert_eq!(walk.on_key(key(KeyCode::Enter)), FormEvent::Submit);
    assert_eq!(walk.picked(), 1);
    let mut yes = Form::confirm(txt::KEYS_FORM);
    assert_eq!(yes.on_key(key(KeyCode::Char('y'))), FormEvent::Submit);
    let mut no = Form::confirm(txt::KEYS_FORM);
    assert_eq!(no.on_key(key(KeyCode::Char('n'))), FormEvent::Cancel);
}
