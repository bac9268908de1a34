//! Helpers for the paper tests: run the binary, find the reader tools (poppler, LibreOffice),
//! render a PDF page to a grey image and decode its QR codes with the scanner's decoder (rqrr).

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn pingyi(args: &[&str]) -> Output {
    pingyi_env(args, &[])
}

pub fn pingyi_env(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_pingyi"));
    c.args(args)
        .env_remove("PINGYI_DIR")
        .env_remove("PINGYI_FONT_DIRS");
    for (k, v) in env {
        c.env(k, v);
    }
    c.output().expect("run pingyi")
}

pub fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

pub fn p(path: &Path) -> String {
    path.display().to_string()
}

/// Whether `tool` runs here. Without it a test skips, saying so; under CI (`CI` set) it fails,
/// since `.ci/run` installs every tool.
pub fn have(tool: &str) -> bool {
    let ok = Command::new(tool)
        .arg("-v")
        .output()
        .is_ok_and(|o| o.status.success() || !o.stderr.is_empty() || !o.stdout.is_empty());
    if !ok {
        assert!(
            std::env::var_os("CI").is_none(),
            "{tool} is missing under CI: .ci/run installs it"
        );
        eprintln!(
            "skipped: {tool} is not installed (apt install poppler-utils / libreoffice-writer-nogui)"
        );
    }
    ok
}

/// Whether a CJK font is installed (the printing tests need one).
pub fn have_font() -> bool {
    let ok = pingyi::paper::font::FontSet::find(None).is_ok();
    if !ok {
        assert!(
            std::env::var_os("CI").is_none(),
            "no CJK font under CI: .ci/run installs fonts-noto-cjk"
        );
        eprintln!("skipped: no CJK font installed (apt install fonts-noto-cjk)");
    }
    ok
}

pub fn pdftotext(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .args([&p(pdf), "-"])
        .output()
        .expect("pdftotext");
    assert!(out.status.success(), "{}", text(&out.stderr));
    text(&out.stdout)
}

pub fn pdf_pages(pdf: &Path) -> usize {
    let out = Command::new("pdfinfo")
        .arg(p(pdf))
        .output()
        .expect("pdfinfo");
    text(&out.stdout)
        .lines()
        .find_map(|l| {
            l.strip_prefix("Pages:")
                .map(|n| n.trim().parse().unwrap_or(0))
        })
        .unwrap_or(0)
}

/// A grey page image: `px[y * w + x]`, 0 black … 255 white, `dpi` pixels per inch.
pub struct Gray {
    pub w: usize,
    pub h: usize,
    pub dpi: f32,
    pub px: Vec<u8>,
}

impl Gray {
    pub fn px_per_mm(&self) -> f32 {
        self.dpi / 25.4
    }

    pub fn at(&self, x: usize, y: usize) -> u8 {
        self.px.get(y * self.w + x).copied().unwrap_or(255)
    }

    /// Centroid (in mm) of the dark pixels inside a rectangle given in mm.
    pub fn dark_centroid(&self, x: f32, y: f32, w: f32, h: f32) -> Option<(f32, f32, usize)> {
        let k = self.px_per_mm();
        let (x0, y0) = ((x * k).floor() as usize, (y * k).floor() as usize);
        let (x1, y1) = (((x + w) * k).ceil() as usize, ((y + h) * k).ceil() as usize);
        let (mut sx, mut sy, mut n) = (0.0_f64, 0.0_f64, 0usize);
        for yy in y0..y1.min(self.h) {
            for xx in x0..x1.min(self.w) {
                if self.at(xx, yy) < 128 {
                    sx += xx as f64 + 0.5;
                    sy += yy as f64 + 0.5;
                    n += 1;
                }
            }
        }
        (n > 0).then(|| ((sx / n as f64) as f32 / k, (sy / n as f64) as f32 / k, n))
    }
}

/// Renders page `page` of `pdf` at `dpi` in grey (pdftoppm), as a scanner would see it.
pub fn render(pdf: &Path, page: usize, dpi: u32) -> Gray {
    let dir = tempfile::tempdir().expect("temp");
    let prefix = dir.path().join("page");
    let out = Command::new("pdftoppm")
        .args([
            "-gray",
            "-r",
            &dpi.to_string(),
            "-f",
            &page.to_string(),
            "-l",
            &page.to_string(),
            "-singlefile",
        ])
        .arg(pdf)
        .arg(&prefix)
        .output()
        .expect("pdftoppm");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let bytes = std::fs::read(prefix.with_extension("pgm")).expect("pgm written");
    parse_pgm(&bytes, dpi as f32)
}

fn parse_pgm(b: &[u8], dpi: f32) -> Gray {
    // P5 <w> <h> <max>\n<bytes>
    let mut fields = Vec::new();
    let mut i = 0;
    while fields.len() < 4 {
        while b[i].is_ascii_whitespace() {
            i += 1;
        }
        let start = i;
        while !b[i].is_ascii_whitespace() {
            i += 1;
        }
        fields.push(String::from_utf8_lossy(&b[start..i]).into_owned());
    }
    assert_eq!(fields[0], "P5");
    let w: usize = fields[1].parse().unwrap();
    let h: usize = fields[2].parse().unwrap();
    let px = b[i + 1..i + 1 + w * h].to_vec();
    Gray { w, h, dpi, px }
}

/// Every QR code on the page: its text and its corners in mm.
pub fn qr_codes(g: &Gray) -> Vec<(String, [(f32, f32); 4])> {
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(g.w, g.h, |x, y| g.at(x, y));
    let k = g.px_per_mm();
    img.detect_grids()
        .into_iter()
        .filter_map(|grid| {
            let (_, content) = grid.decode().ok()?;
            let c = grid.bounds.map(|p| (p.x as f32 / k, p.y as f32 / k));
            Some((content, c))
        })
        .collect()
}

pub fn temp_meeting(dir: &Path, name: &str, s: &pingyi::model::Session) -> PathBuf {
    let path = dir.join(name);
    pingyi::store::save(&path, s).expect("save the test meeting");
    path
}
