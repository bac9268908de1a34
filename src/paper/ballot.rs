//! Drawing a round's ballots (测评票) as PDF from their [`BallotLayout`]: every page with its
//! registration squares, two QR codes, serial, header, instructions and table of boxes.

use super::code::{PagePayload, fingerprint, meeting_id};
use super::font::{FontSet, PaperFont};
use super::layout::{Arrangement, BallotLayout, PageLayout};
use super::pdf::{Canvas, HAlign, Pdf, PdfError};
use crate::i18n::{Lang, paper as tx};
use crate::model::{BallotRound, Session};

/// Thin outlines: a box must not look ticked, and a scanner measures ink inside it.
const LINE_MM: f32 = 0.2;

/// What is printed: the round, its layout, and one serial per ballot (`None` for `--no-serial`).
pub struct BallotJob<'a> {
    pub session: &'a Session,
    pub round: &'a BallotRound,
    pub layout: &'a BallotLayout,
    pub serials: &'a [Option<String>],
}

/// The ballots as one PDF, ballot after ballot, each with all its pages.
pub fn render(job: &BallotJob<'_>, fonts: &FontSet) -> Result<Vec<u8>, PdfError> {
    let lang = job.session.lang;
    let mut pdf = Pdf::new();
    pdf.set_title(&job.round.name, lang.code());
    let text = PageText::of(job.session, job.round, lang);
    let meeting = meeting_id(job.session);
    let fp = fingerprint(job.round);
    let pages = job.layout.page_count();
    // What does not change from copy to copy, recorded once per page of the ballot.
    let mut fixed: Vec<Option<krilla::graphic::Graphic>> = vec![None; job.layout.pages.len()];
    for serial in job.serials {
        for page in &job.layout.pages {
            let payload = PagePayload {
                meeting: meeting.clone(),
                round: job.round.id,
                fingerprint: fp.clone(),
                serial: serial.clone(),
                page: page.page,
                pages,
            };
            let slot = &mut fixed[(page.page as usize).saturating_sub(1)];
            pdf.page(job.layout.width_mm, job.layout.height_mm, |c| {
                if slot.is_none() {
                    *slot = Some(c.record(|c| draw_fixed(c, job, page, &payload, &text, fonts))?);
                }
                if let Some(g) = slot {
                    c.graphic(g);
                }
                draw_copy(c, page, &payload, &text, fonts)
            })?;
        }
    }
    pdf.finish()
}

/// The words every page repeats, made once.
struct PageText {
    title: String,
    header: String,
    instructions: String,
    confidential: Option<&'static str>,
    target_header: &'static str,
    serial_label: &'static str,
    lang: Lang,
}

impl PageText {
    fn of(s: &Session, r: &BallotRound, lang: Lang) -> PageText {
        let date = s.header.date_line(lang).unwrap_or_default();
        let header = [s.header.subject.trim(), date.as_str()]
            .into_iter()
            .filter(|x| !x.is_empty())
            .collect::<Vec<_>>()
            .join("    ");
        PageText {
            title: r.name.clone(),
            header,
            instructions: r
                .instructions
                .clone()
                .unwrap_or_else(|| tx::INSTRUCTIONS.get(lang).to_string()),
            confidential: r.confidential.then(|| tx::CONFIDENTIAL_NOTE.get(lang)),
            target_header: tx::TARGET_HEADER.get(lang),
            serial_label: tx::SERIAL.get(lang),
            lang,
        }
    }
}

/// What every copy of this page shows: squares, header, instructions, table, footer.
fn draw_fixed(
    c: &mut Canvas<'_, '_>,
    job: &BallotJob<'_>,
    page: &PageLayout,
    payload: &PagePayload,
    text: &PageText,
    fonts: &FontSet,
) -> Result<(), PdfError> {
    let squares: Vec<_> = page.squares.iter().map(|s| s.rect).collect();
    c.fill_rects(&squares);
    c.text_in(&fonts.title, 5.5, &page.title, HAlign::Center, &text.title);
    c.text_in(
        &fonts.form,
        3.4,
        &page.header_line,
        HAlign::Center,
        &text.header,
    );
    c.text_wrapped(&fonts.form, 3.2, &page.instructions, &text.instructions);
    draw_footer(c, page, payload, text, &fonts.form);
    draw_table(c, job, page, text, &fonts.form);
    Ok(())
}

/// What differs from copy to copy: the codes and the serial.
fn draw_copy(
    c: &mut Canvas<'_, '_>,
    page: &PageLayout,
    payload: &PagePayload,
    text: &PageText,
    fonts: &FontSet,
) -> Result<(), PdfError> {
    let code = payload.encode();
    for r in &page.qr {
        c.qr(r, &code)?;
    }
    if let Some(serial) = &payload.serial {
        let line = format!("{} {serial}", text.serial_label);
        let aligns = [HAlign::Right, HAlign::Left];
        for (r, align) in page.serial_text.iter().zip(aligns) {
            c.text_in(&fonts.form, 3.6, r, align, &line);
        }
    }
    Ok(())
}

fn draw_footer(
    c: &mut Canvas<'_, '_>,
    page: &PageLayout,
    payload: &PagePayload,
    text: &PageText,
    font: &PaperFont,
) {
    let f = page.footer;
    let line_h = 5.0;
    let number = super::layout::Rect::new(f.x, f.bottom() - line_h, f.w, line_h);
    let k_of_n = tx::page_of(payload.page, payload.pages);
    c.text_in(font, 3.2, &number, HAlign::Right, k_of_n.get(text.lang));
    if let Some(note) = text.confidential {
        let r = super::layout::Rect::new(f.x, f.y, f.w, f.h - line_h);
        c.text_wrapped(font, 3.2, &r, note);
    }
}

fn draw_table(
    c: &mut Canvas<'_, '_>,
    job: &BallotJob<'_>,
    page: &PageLayout,
    text: &PageText,
    font: &PaperFont,
) {
    let grid = job.layout.arrangement == Arrangement::TargetsAsRows;
    let mut outlines = vec![page.name_header];
    outlines.extend(page.item_cells.iter().map(|i| i.rect));
    if grid {
        outlines.extend(page.grade_cells.iter().map(|g| g.rect));
    }
    outlines.extend(page.rows.iter().map(|r| r.rect));
    outlines.extend(page.boxes.iter().map(|b| b.cell));
    c.stroke_rects(&outlines, LINE_MM * 0.75);
    let boxes: Vec<_> = page.boxes.iter().map(|b| b.rect).collect();
    c.stroke_rects(&boxes, LINE_MM);

    let size = super::layout::TABLE_FONT_MM;
    if page.name_header.h > 0.0 {
        c.text_wrapped(font, size, &page.name_header, text.target_header);
    }
    for row in &page.rows {
        let name = &job.layout.targets[row.target].name;
        c.text_in(font, size, &row.rect, HAlign::Left, name);
    }
    for cell in &page.item_cells {
        let name = &job.layout.items[cell.item].name;
        if grid {
            c.text_wrapped(font, size, &cell.rect, name);
        } else {
            c.text_in(font, size, &cell.rect, HAlign::Left, name);
        }
    }
    let label_size = size * 0.85;
    for g in &page.grade_cells {
        let label = &job.layout.items[g.item].grades[g.grade];
        if g.vertical {
            c.text_vertical(font, label_size, &g.rect, label);
        } else if grid {
            c.text_in(font, label_size, &g.rect, HAlign::Center, label);
        } else {
            c.text_in(font, label_size, &g.rect, HAlign::Left, label);
        }
    }
}
