//! The synthetic-scan generator: a printed page drawn straight from its sheet geometry at any
//! dpi, pen marks as people make them, then the degradations of scanners and phones. It knows
//! the truth of every item, so the reader's accuracy is measured, not guessed.

pub mod degrade;
pub mod demo;
pub mod draw;
pub mod pen;
pub mod scanner_pdf;
pub mod scanner_tiff;

use crate::model::ballot::Mark;
use crate::scan::gray::Gray;
use crate::scan::sheet::{RectMm, Sheet};
use degrade::Degrade;
use draw::{Canvas, print_page};
use pen::Gesture;

/// A small deterministic generator (SplitMix64): the same seed gives the same pages.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x9E37_79B9_7F4A_7C15)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    pub fn range(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (hi - lo) * self.unit()
    }

    /// Uniform in 0..n (0 when n is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next_u64() % n as u64) as usize
        }
    }

    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }
}

/// A named scanning condition: a dpi range and the degradations drawn for each page.
#[derive(Debug, Clone, Copy)]
pub struct Condition {
    pub name: &'static str,
    pub dpi: (f64, f64),
    pub degrade: fn(&mut Rng) -> Degrade,
}

fn clean(r: &mut Rng) -> Degrade {
    Degrade {
        rotate: r.range(-0.7, 0.7),
        noise: 3.0,
        jpeg: 90,
        ..Degrade::default()
    }
}

/// Every condition the accuracy figures are reported for.
pub const CONDITIONS: &[Condition] = &[
    Condition {
        name: "clean 300 dpi",
        dpi: (300.0, 300.0),
        degrade: clean,
    },
    Condition {
        name: "clean 150 dpi",
        dpi: (150.0, 150.0),
        degrade: clean,
    },
    Condition {
        name: "clean 600 dpi",
        dpi: (600.0, 600.0),
        degrade: clean,
    },
    Condition {
        name: "rotated ±5°",
        dpi: (200.0, 300.0),
        degrade: |r| Degrade {
            rotate: r.range(-5.0, 5.0),
            jpeg: 85,
            ..Degrade::default()
        },
    },
    Condition {
        name: "upside down",
        dpi: (200.0, 300.0),
        degrade: |r| Degrade {
            rotate: r.range(-2.0, 2.0),
            upside_down: true,
            jpeg: 85,
            ..Degrade::default()
        },
    },
    Condition {
        name: "scale 0.95–1.05",
        dpi: (200.0, 300.0),
        degrade: |r| Degrade {
            scale: r.range(0.95, 1.05),
            rotate: r.range(-1.0, 1.0),
            jpeg: 85,
            ..Degrade::default()
        },
    },
    Condition {
        name: "blur",
        dpi: (200.0, 300.0),
        degrade: |r| Degrade {
            blur: 1 + r.below(2),
            jpeg: 85,
            ..Degrade::default()
        },
    },
    Condition {
        name: "noise",
        dpi: (200.0, 300.0),
        degrade: |r| Degrade {
            noise: r.range(20.0, 40.0),
            jpeg: 85,
            ..Degrade::default()
        },
    },
    Condition {
        name: "JPEG q40",
        dpi: (150.0, 300.0),
        degrade: |r| Degrade {
            jpeg: 40 + r.below(10) as u8,
            noise: 4.0,
            ..Degrade::default()
        },
    },
    Condition {
        name: "black and white",
        dpi: (200.0, 300.0),
        degrade: |r| Degrade {
            threshold: r.range(110.0, 160.0) as u8,
            noise: 8.0,
            rotate: r.range(-1.0, 1.0),
            ..Degrade::default()
        },
    },
    Condition {
        name: "lighting gradient",
        dpi: (200.0, 300.0),
        degrade: |r| Degrade {
            light: r.range(0.45, 0.7),
            jpeg: 85,
            ..Degrade::default()
        },
    },
    Condition {
        name: "photo (tilt ≤20°, light, blur, noise, JPEG)",
        dpi: (200.0, 260.0),
        degrade: |r| Degrade {
            rotate: r.range(-4.0, 4.0),
            tilt: r.range(0.1, 0.3),
            blur: 1,
            light: r.range(0.55, 0.85),
            noise: 6.0,
            jpeg: 40 + r.below(51) as u8,
            ..Degrade::default()
        },
    },
];

/// The truth of one item on a generated page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ItemTruth {
    pub target: usize,
    pub item: usize,
    pub mark: Mark,
    pub gesture: Gesture,
}

/// A generated page: the image as a scanner would deliver it, and what was marked.
#[derive(Debug, Clone)]
pub struct SynthPage {
    pub image: Gray,
    pub dpi: f64,
    pub truth: Vec<ItemTruth>,
}

/// The dark modules of a QR code for `payload` (error correction Q), row by row, and its side.
pub fn qr_modules(payload: &str) -> Option<(Vec<bool>, usize)> {
    let code =
        qrcode::QrCode::with_error_correction_level(payload.as_bytes(), qrcode::EcLevel::Q).ok()?;
    let n = code.width();
    let dark = code
        .to_colors()
        .into_iter()
        .map(|c| c == qrcode::Color::Dark)
        .collect();
    Some((dark, n))
}

/// Draws one filled-in page of `sheet` with `payload` in its codes under condition `cond`;
/// `hard` is the share of items drawn with a gesture a person should look at.
pub fn page(sheet: &Sheet, payload: &str, cond: &Condition, hard: f64, rng: &mut Rng) -> SynthPage {
    let (modules, n) = qr_modules(payload).unwrap_or_default();
    page_with(sheet, &modules, n, cond, hard, rng)
}

/// [`page`] with the code's modules already made.
pub fn page_with(
    sheet: &Sheet,
    modules: &[bool],
    n: usize,
    cond: &Condition,
    hard: f64,
    rng: &mut Rng,
) -> SynthPage {
    let dpi = rng.range(cond.dpi.0, cond.dpi.1);
    let mut canvas = Canvas::page(sheet, dpi, rng.range(232.0, 250.0) as u8);
    print_page(&mut canvas, sheet, modules, n);
    let mut truth = Vec::new();
    for (target, item) in sheet.cells() {
        let boxes: Vec<RectMm> = sheet
            .item_boxes(target, item)
            .iter()
            .map(|b| b.rect)
            .collect();
        let gesture = if rng.chance(hard) {
            Gesture::HARD[rng.below(Gesture::HARD.len())]
        } else {
            ordinary(rng)
        };
        let mark = pen::draw_item(&mut canvas, &boxes, gesture, rng);
        truth.push(ItemTruth {
            target,
            item,
            mark,
            gesture,
        });
    }
    let degrade = (cond.degrade)(rng);
    SynthPage {
        image: degrade.apply(&canvas.img, rng),
        dpi,
        truth,
    }
}

/// An everyday gesture: mostly ticks, some crosses, fills and circles, a few blanks.
fn ordinary(rng: &mut Rng) -> Gesture {
    let r = rng.unit();
    match r {
        _ if r < 0.50 => Gesture::Tick,
        _ if r < 0.65 => Gesture::Cross,
        _ if r < 0.75 => Gesture::Fill,
        _ if r < 0.85 => Gesture::Circle,
        _ if r < 0.92 => Gesture::Overshoot,
        _ => Gesture::Blank,
    }
}

pub mod fixture;
