//! The sign-in sheet (签到表): the roster by category, with 姓名, 单位, 签名 and 备注 columns,
//! the meeting's header on every page and page numbers, for meetings that sign in on paper.

use super::flow::{Col, Face, Flow, GB9704, PageGeom, pt};
use super::font::FontSet;
use super::pdf::{HAlign, PdfError};
use crate::i18n::{Lang, paper as tx};
use crate::model::Session;

/// A sign-in sheet wants room to sign, more than the official 版心: 20 mm margins.
const SHEET: PageGeom = PageGeom {
    left: 20.0,
    top: 18.0,
    text_w: 170.0,
    text_h: 255.0,
    ..GB9704
};

/// The sheet's PDF bytes, in the meeting's language.
pub fn render(s: &Session, fonts: &FontSet) -> Result<Vec<u8>, PdfError> {
    let lang = s.lang;
    let mut f = Flow::new(fonts, SHEET);
    let title = format!("{}{}", s.header.subject.trim(), tx::SIGNIN_TITLE.get(lang));
    let mut meta = Vec::new();
    if let Some(d) = s.header.date_line(lang) {
        meta.push(d);
    }
    if !s.header.place.trim().is_empty() {
        meta.push(s.header.place.trim().to_string());
    }
    f.set_running_header(vec![
        (Face::Title, pt(16.0), title.clone()),
        (Face::Form, pt(10.5), meta.join("    ")),
    ]);
    let cols = [
        (tx::COL_NO, HAlign::Right, 10.0),
        (tx::COL_NAME, HAlign::Left, 22.0),
        (tx::COL_UNIT, HAlign::Left, 30.0),
        (tx::COL_SIGNATURE, HAlign::Left, 45.0),
        (tx::COL_REMARK, HAlign::Left, 20.0),
    ]
    .map(|(title, align, min_mm)| Col {
        title: title.get(lang).into(),
        align,
        min_mm,
    });
    let mut no = 0;
    for (category, people) in by_category(s) {
        f.heading(
            Face::Form,
            pt(12.0),
            &tx::category_line(lang, &category, people.len()),
        );
        let rows: Vec<Vec<String>> = people
            .iter()
            .map(|p| {
                no += 1;
                vec![
                    no.to_string(),
                    p.name.clone(),
                    p.unit.clone(),
                    String::new(),
                    p.note.clone(),
                ]
            })
            .collect();
        // Rows tall enough to sign in.
        f.table(Face::Form, pt(12.0), &cols, &rows);
    }
    f.finish(&title, lang.code(), |k, n| {
        (page_line(lang, k, n), HAlign::Center)
    })
}

fn page_line(lang: Lang, k: usize, n: usize) -> String {
    let k = u32::try_from(k).unwrap_or(u32::MAX);
    let n = u32::try_from(n).unwrap_or(u32::MAX);
    tx::page_of(k, n).get(lang).to_string()
}

/// The roster grouped by category: the meeting's categories in order, then any others.
fn by_category(s: &Session) -> Vec<(String, Vec<&crate::model::Attendee>)> {
    let mut order: Vec<String> = s.attendance.categories.clone();
    for p in &s.attendance.people {
        if !order.contains(&p.category) {
            order.push(p.category.clone());
        }
    }
    order
        .into_iter()
        .map(|c| {
            let people: Vec<_> = s
                .attendance
                .people
                .iter()
                .filter(|p| p.category == c)
                .collect();
            (c, people)
        })
        .filter(|(_, p)| !p.is_empty())
        .collect()
}
