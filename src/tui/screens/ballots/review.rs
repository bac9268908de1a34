//! Review of scanned ballots (the ballots screen): the ballots a scan left for a person, worst
//! first, each with the pictures of its doubtful items (half blocks), what was in doubt and the
//! reading pingyi proposes. Enter confirms the proposal, or the marks are typed with the keys
//! of ballot-by-ballot entry; each decision is a `BallotOp::DecideReview` (saved, journalled,
//! taken back with Ctrl+Z). The pictures come from the app (`Effect::LoadCrops`).

use super::{Step, View};
use crate::i18n::{Message, scan as txt};
use crate::model::BallotRound;
use crate::model::ballot::{Mark, PendingScan, write_marks};
use crate::paper::code::{SERIAL_DIGITS, serial_is_well_formed};
use crate::scan::halfblock::Cells;
use crate::scan::halfblock::Picture;
use crate::tui::action::{Action, Effect};
use crate::tui::keys::{self, ballots::ReviewCmd};
use crate::tui::ops::BallotOp;
use crate::tui::screens::Ctx;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use ratatui_image::StatefulImage;
use ratatui_image::picker::Picker;
use ratatui_image::protocol::StatefulProtocol;
use std::cell::RefCell;
use std::collections::HashMap;

#[derive(Debug, Default)]
pub struct ReviewView {
    /// The marks typed for the ballot in front.
    typed: Vec<Mark>,
    /// The serial typed from the printed digits, for a ballot whose code was not read.
    serial: String,
    /// The pictures loaded, by path inside `X.scans/`.
    pictures: HashMap<String, Picture>,
    /// Each picture in the terminal's graphics protocol, made when first drawn.
    graphics: Graphics,
    error: Option<Message>,
}

/// The pictures made in the terminal's graphics protocol, by path; made while drawing (drawing
/// takes the view by reference).
#[derive(Default)]
struct Graphics(RefCell<HashMap<String, StatefulProtocol>>);

impl std::fmt::Debug for Graphics {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Graphics({} pictures)", self.0.borrow().len())
    }
}

/// The pictures of every waiting ballot of `r`, to load before review opens.
pub fn crops_to_load(r: &BallotRound) -> Action {
    let paths = r
        .batches
        .iter()
        .flat_map(|b| b.review.iter().flat_map(|p| p.crops.iter().cloned()))
        .collect();
    Action::Effect(Effect::LoadCrops(paths))
}

impl ReviewView {
    /// Opens review with the pictures the app loaded.
    pub fn open(&mut self, pictures: Vec<(String, Picture)>) {
        self.decided();
        self.pictures = pictures.into_iter().collect();
        self.graphics.0.borrow_mut().clear();
    }

    /// Pictures of ballots that came in while review is open (a watched folder): added
    /// without disturbing what is being typed.
    pub fn add_pictures(&mut self, pictures: Vec<(String, Picture)>) {
        self.pictures.extend(pictures);
    }

    /// After a decision (or its undo) the next ballot starts with nothing typed.
    pub fn decided(&mut self) {
        self.typed.clear();
        self.serial.clear();
        self.error = None;
    }

    pub fn changes_record(&self, key: &KeyEvent) -> bool {
        match keys::lookup(keys::ballots::REVIEW, key) {
            Some(cmd) => cmd.changes_record(),
            None => matches!(key.code, KeyCode::Char(_)),
        }
    }

    pub fn on_key(&mut self, key: KeyEvent, r: &BallotRound) -> Step {
        if key
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
        {
            return Step::Ignored;
        }
        let cmd = keys::lookup(keys::ballots::REVIEW, &key);
        if cmd == Some(ReviewCmd::Back) {
            return Step::Go(View::Round);
        }
        let Some((uid, index)) = r.review_queue().into_iter().next() else {
            return Step::Consumed;
        };
        let Some(p) = r.pending(&uid, index) else {
            return Step::Consumed;
        };
        if p.serial_unread && !serial_is_well_formed(&self.serial) {
            return self.serial_key(cmd, key.code);
        }
        let serial = p.serial_unread.then(|| self.serial.clone());
        let decide = |marks: Option<String>| {
            Step::Do(Action::from(BallotOp::DecideReview {
                round: r.id,
                uid: uid.clone(),
                index,
                marks,
                serial: serial.clone(),
            }))
        };
        match (cmd, key.code) {
            (Some(ReviewCmd::StepBack), _) if self.typed.is_empty() && p.serial_unread => {
                self.serial.pop();
                self.error = None;
                Step::Consumed
            }
            (Some(ReviewCmd::Confirm), _) if self.typed.is_empty() => {
                decide(Some(p.proposal.clone()))
            }
            (Some(ReviewCmd::Confirm), _) => {
                self.error = Some(txt::REVIEW_INCOMPLETE.into());
                Step::Consumed
            }
            (Some(ReviewCmd::VoidBallot), _) => decide(None),
            (Some(ReviewCmd::StepBack), _) => {
                self.typed.pop();
                self.error = None;
                Step::Consumed
            }
            (Some(ReviewCmd::VoidMark), _) => self.mark(r, Mark::VoidMark, decide),
            (_, KeyCode::Char(c)) => match Mark::from_char(c) {
                Some(m @ (Mark::Grade(_) | Mark::Blank)) => self.mark(r, m, decide),
                _ => {
                    self.error = Some(crate::i18n::tally::not_a_mark_key(c));
                    Step::Consumed
                }
            },
            _ => Step::Ignored,
        }
    }

    /// A key while the serial of a ballot whose code was not read is typed: digits, Backspace,
    /// Esc; a complete serial that is not valid is named and cleared.
    fn serial_key(&mut self, cmd: Option<ReviewCmd>, code: KeyCode) -> Step {
        match (cmd, code) {
            (Some(ReviewCmd::StepBack), _) => {
                self.serial.pop();
                self.error = None;
            }
            (_, KeyCode::Char(c)) if c.is_ascii_digit() => {
                self.serial.push(c);
                self.error = None;
                if self.serial.len() >= SERIAL_DIGITS && !serial_is_well_formed(&self.serial) {
                    self.serial.clear();
                    self.error = Some(txt::BAD_SERIAL.into());
                }
            }
            (Some(_), _) | (None, KeyCode::Char(_)) => self.error = Some(txt::TYPE_SERIAL.into()),
            (None, _) => return Step::Ignored,
        }
        Step::Consumed
    }

    /// Types one mark; the last mark of the ballot decides it.
    fn mark(
        &mut self,
        r: &BallotRound,
        mark: Mark,
        decide: impl Fn(Option<String>) -> Step,
    ) -> Step {
        let pos = self.typed.len();
        if let Err(e) = r.check_mark(pos, mark) {
            self.error = Some(e.message());
            return Step::Consumed;
        }
        self.error = None;
        self.typed.push(mark);
        if self.typed.len() < r.cells_per_ballot() {
            return Step::Consumed;
        }
        let marks = write_marks(&self.typed);
        self.typed.clear();
        decide(Some(marks))
    }

    pub fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx, r: &BallotRound) {
        let (lang, theme) = (ctx.lang, ctx.theme);
        if area.width == 0 || area.height == 0 {
            return;
        }
        let Some(p) = r
            .review_queue()
            .into_iter()
            .next()
            .and_then(|(uid, i)| r.pending(&uid, i))
        else {
            let done = Paragraph::new(Span::styled(txt::REVIEW_ALL_DONE.get(lang), theme.ok))
                .wrap(Wrap { trim: false });
            frame.render_widget(done, area);
            return;
        };
        let typed = write_marks(&self.typed);
        let mut lines = vec![
            Line::styled(header(p).get(lang).to_string(), theme.title),
            Line::styled(
                txt::review_reading(r.waiting_review(), &p.proposal, &typed)
                    .get(lang)
                    .to_string(),
                theme.text,
            ),
        ];
        if let Some(e) = &self.error {
            lines.push(Line::styled(e.get(lang).to_string(), theme.error));
        }
        if p.serial_unread {
            let asked = format!("{} {}", txt::TYPE_SERIAL.get(lang), self.serial);
            lines.push(Line::styled(asked, theme.warn));
        }
        for line in p.doubtful_lines(r) {
            lines.push(Line::styled(line.get(lang).to_string(), theme.warn));
        }
        let text = u16::try_from(lines.len())
            .unwrap_or(u16::MAX)
            .min(area.height);
        frame.render_widget(Paragraph::new(lines), area);
        let mut below = Rect {
            y: area.y + text,
            height: area.height - text,
            ..area
        };
        let graphics = crate::tui::pictures::picker();
        for crop in &p.crops {
            if below.height == 0 {
                break;
            }
            let used = match self.pictures.get(crop) {
                Some(pic) => self.draw_picture(frame, below, crop, pic, graphics.as_ref()),
                None => {
                    let missing = Line::styled(txt::NO_PICTURE.get(lang), theme.dim);
                    frame.render_widget(Paragraph::new(missing), below);
                    1
                }
            };
            below.y += used;
            below.height -= used;
        }
    }

    /// One picture at the top of `area`: in the terminal's graphics when it has them, else as
    /// half blocks; returns the rows it took.
    fn draw_picture(
        &self,
        frame: &mut Frame,
        area: Rect,
        path: &str,
        pic: &Picture,
        graphics: Option<&Picker>,
    ) -> u16 {
        let rows = u16::try_from(pic.cells.len())
            .unwrap_or(u16::MAX)
            .min(area.height);
        let rect = Rect {
            height: rows,
            ..area
        };
        let image = graphics.and_then(|picker| {
            let mut made = self.graphics.0.borrow_mut();
            if !made.contains_key(path) {
                let luma = image::DynamicImage::ImageLuma8(pic.image.to_luma()?);
                made.insert(path.to_string(), picker.new_resize_protocol(luma));
            }
            Some(made)
        });
        match image {
            Some(mut made) => {
                if let Some(state) = made.get_mut(path) {
                    frame.render_stateful_widget(StatefulImage::default(), rect, state);
                }
            }
            None => {
                let lines = picture(&pic.cells, usize::from(area.width));
                frame.render_widget(Paragraph::new(lines), rect);
            }
        }
        rows
    }
}

/// `测评票 12345678(a.png p.1)`.
fn header(p: &PendingScan) -> Message {
    let serial = p.scan.serial.as_deref().unwrap_or("?");
    let src: Vec<String> = p
        .scan
        .sources
        .iter()
        .map(|s| format!("{} p.{}", s.file, s.page))
        .collect();
    txt::review_header(serial, &src.join(", "))
}

/// A picture as half-block lines at most `width` columns wide (sampled when narrower).
fn picture(cells: &Cells, width: usize) -> Vec<Line<'static>> {
    cells
        .iter()
        .map(|row| {
            let cols = row.len().min(width);
            let spans: Vec<Span> = (0..cols)
                .filter_map(|x| row.get(x * row.len() / cols.max(1)))
                .map(|&(top, bottom)| {
                    Span::styled(
                        "\u{2580}",
                        Style::default()
                            .fg(Color::Rgb(top, top, top))
                            .bg(Color::Rgb(bottom, bottom, bottom)),
                    )
                })
                .collect();
            Line::from(spans)
        })
        .collect()
}
