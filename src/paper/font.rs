//! Finding a CJK font for the paper: the system's fonts (Noto/Source Han, SimSun, FangSong…) or
//! the one given with `--font FILE`, and measuring and placing its glyphs.
//!
//! Official documents (GB/T 9704) set the title in a 小标宋/宋体 face and the body in 仿宋; a
//! [`FontSet`] picks the nearest face of each kind installed, falling back to any CJK face.

use krilla::text::{Font, GlyphId, KrillaGlyph};
use skrifa::{FontRef, MetadataProvider, instance::Size, raw::FileRef, string::StringId};
use std::cell::RefCell;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Characters every face we use must have: a ballot's own words.
const PROBE: &str = crate::i18n::paper::CJK_PROBE;

/// Why no usable font was found.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FontError {
    #[error("no Chinese (CJK) font found on this system")]
    NoneFound,
    #[error("cannot read font file {0}: {1}")]
    Unreadable(PathBuf, String),
    #[error("{0} is not a font file with Chinese characters")]
    NotCjk(PathBuf),
}

/// One face, loaded: krilla's handle for drawing and the metrics for measuring.
#[derive(Clone)]
pub struct PaperFont {
    data: Arc<Vec<u8>>,
    index: u32,
    font: Font,
    path: PathBuf,
    family: String,
    /// Glyph and advance (in em) per character, filled as text is measured.
    cache: RefCell<HashMap<char, (u32, f32)>>,
}

impl std::fmt::Debug for PaperFont {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PaperFont")
            .field("path", &self.path)
            .field("index", &self.index)
            .field("family", &self.family)
            .finish()
    }
}

impl PaperFont {
    /// Loads the face of `path` at `index` (in a collection), if it has Chinese characters.
    pub fn load(path: &Path, index: u32) -> Result<PaperFont, FontError> {
        let bytes =
            std::fs::read(path).map_err(|e| FontError::Unreadable(path.into(), e.to_string()))?;
        Self::from_bytes(Arc::new(bytes), index, path)
    }

    fn from_bytes(data: Arc<Vec<u8>>, index: u32, path: &Path) -> Result<PaperFont, FontError> {
        let not_cjk = || FontError::NotCjk(path.into());
        let face = FontRef::from_index(&data, index).map_err(|_| not_cjk())?;
        let cmap = face.charmap();
        if PROBE.chars().any(|c| cmap.map(c).is_none()) {
            return Err(not_cjk());
        }
        let family = family_name(&face);
        let font = Font::new(krilla::Data::from(data.clone()), index).ok_or_else(not_cjk)?;
        Ok(PaperFont {
            data,
            index,
            font,
            path: path.into(),
            family,
            cache: RefCell::new(HashMap::new()),
        })
    }

    /// Opens a font file given by the user: the best Chinese face of a collection, else the file's
    /// only face.
    pub fn open(path: &Path) -> Result<PaperFont, FontError> {
        let bytes =
            std::fs::read(path).map_err(|e| FontError::Unreadable(path.into(), e.to_string()))?;
        let data = Arc::new(bytes);
        let index = best_index(&data).ok_or_else(|| FontError::NotCjk(path.into()))?;
        Self::from_bytes(data, index, path)
    }

    pub fn krilla(&self) -> &Font {
        &self.font
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn family(&self) -> &str {
        &self.family
    }

    fn glyph(&self, c: char) -> (u32, f32) {
        if let Some(&g) = self.cache.borrow().get(&c) {
            return g;
        }
        let g = FontRef::from_index(&self.data, self.index)
            .ok()
            .map(|face| {
                let gid = face.charmap().map(c).unwrap_or_default();
                let loc = skrifa::instance::LocationRef::default();
                let metrics = face.glyph_metrics(Size::unscaled(), loc);
                let upem = f32::from(face.metrics(Size::unscaled(), loc).units_per_em);
                let adv = metrics.advance_width(gid).unwrap_or(upem) / upem.max(1.0);
                (gid.to_u32(), adv)
            })
            .unwrap_or((0, 1.0));
        self.cache.borrow_mut().insert(c, g);
        g
    }

    /// Width of `text` at `size` (any unit: the result is in the same).
    pub fn width(&self, text: &str, size: f32) -> f32 {
        text.chars().map(|c| self.glyph(c).1).sum::<f32>() * size
    }

    /// The glyphs of `text`, one per character (CJK needs no shaping beyond the character map).
    pub fn glyphs(&self, text: &str) -> Vec<KrillaGlyph> {
        text.char_indices()
            .map(|(i, c)| {
                let (gid, adv) = self.glyph(c);
                KrillaGlyph::new(
                    GlyphId::new(gid),
                    adv,
                    0.0,
                    0.0,
                    0.0,
                    i..i + c.len_utf8(),
                    None,
                )
            })
            .collect()
    }
}

fn family_name(face: &FontRef<'_>) -> String {
    face.localized_strings(StringId::FAMILY_NAME)
        .english_or_first()
        .map(|s| s.chars().collect())
        .unwrap_or_default()
}

/// The face in a file to use: in a collection, the Simplified Chinese one (`SC`/`CN` in its
/// name) when there is one, else the first with Chinese characters.
fn best_index(data: &[u8]) -> Option<u32> {
    let count = match FileRef::new(data).ok()? {
        FileRef::Font(_) => 1,
        FileRef::Collection(c) => c.len(),
    };
    let mut first = None;
    for i in 0..count {
        let Ok(face) = FontRef::from_index(data, i) else {
            continue;
        };
        let cmap = face.charmap();
        if PROBE.chars().any(|c| cmap.map(c).is_none()) {
            continue;
        }
        let name = family_name(&face);
        if name.contains(" SC") || name.contains(" CN") || name.ends_with("SC") {
            return Some(i);
        }
        first.get_or_insert(i);
    }
    first
}

/// What a face is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Titles: 小标宋 / 宋体 / a serif, else any CJK face.
    Title,
    /// Body text of the record: 仿宋, else 宋体 / serif, else any.
    Body,
    /// Ballots and sign-in sheets: a plain sans face reads best in small boxes.
    Form,
}

/// File-name fragments (lower case) of faces in the order each role prefers them.
fn preferences(role: Role) -> &'static [&'static str] {
    match role {
        Role::Title => &[
            "xiaobiaosong",
            "fzxbs",
            "simsun",
            "stsong",
            "songti",
            "notoserifcjk",
            "sourcehanserif",
            "notosanscjk",
            "sourcehansans",
            "wqy",
            "droidsansfallback",
        ],
        Role::Body => &[
            "fangsong",
            "simfang",
            "fzfs",
            crate::i18n::paper::FANGSONG_FILE,
            "simsun",
            "stsong",
            "notoserifcjk",
            "sourcehanserif",
            "notosanscjk",
            "sourcehansans",
            "wqy",
            "droidsansfallback",
        ],
        Role::Form => &[
            "notosanscjk",
            "sourcehansans",
            "simhei",
            "wqy",
            "notoserifcjk",
            "sourcehanserif",
            "simsun",
            "droidsansfallback",
        ],
    }
}

/// Where fonts are installed on Linux, macOS and Windows; `PINGYI_FONT_DIRS` (a path list)
/// replaces them, for fonts kept elsewhere.
fn font_dirs() -> Vec<PathBuf> {
    if let Some(list) = std::env::var_os("PINGYI_FONT_DIRS").filter(|v| !v.is_empty()) {
        return std::env::split_paths(&list).collect();
    }
    let mut dirs: Vec<PathBuf> = [
        "/usr/share/fonts",
        "/usr/local/share/fonts",
        "/System/Library/Fonts",
        "/Library/Fonts",
        "C:\\Windows\\Fonts",
    ]
    .iter()
    .map(PathBuf::from)
    .collect();
    if let Some(home) = dirs::home_dir() {
        dirs.push(home.join(".fonts"));
        dirs.push(home.join(".local/share/fonts"));
        dirs.push(home.join("Library/Fonts"));
    }
    dirs
}

/// Font files under `dirs`, a few levels deep, sorted so the choice is the same every run.
fn font_files(dirs: &[PathBuf]) -> Vec<PathBuf> {
    fn walk(dir: &Path, depth: u32, out: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() && depth > 0 {
                walk(&p, depth - 1, out);
            } else if p.extension().and_then(|x| x.to_str()).is_some_and(|x| {
                ["ttf", "otf", "ttc", "otc"].contains(&x.to_ascii_lowercase().as_str())
            }) {
                out.push(p);
            }
        }
    }
    let mut out = Vec::new();
    for d in dirs {
        walk(d, 4, &mut out);
    }
    out.sort();
    out
}

/// The faces a document uses.
#[derive(Debug, Clone)]
pub struct FontSet {
    pub title: PaperFont,
    pub body: PaperFont,
    pub form: PaperFont,
}

impl FontSet {
    /// `--font FILE` for every role when given, else the system's best face for each role.
    pub fn find(user: Option<&Path>) -> Result<FontSet, FontError> {
        if let Some(path) = user {
            let f = PaperFont::open(path)?;
            return Ok(FontSet {
                title: f.clone(),
                body: f.clone(),
                form: f,
            });
        }
        Self::find_in(&font_dirs())
    }

    /// The best faces found under `dirs`.
    pub fn find_in(dirs: &[PathBuf]) -> Result<FontSet, FontError> {
        let files = font_files(dirs);
        let mut loaded: HashMap<PathBuf, Option<PaperFont>> = HashMap::new();
        let mut pick = |role: Role| -> Option<PaperFont> {
            for want in preferences(role) {
                // Regular weights first: a bold face is for nothing here.
                let mut hits: Vec<&PathBuf> = files
                    .iter()
                    .filter(|p| file_key(p).contains(want))
                    .collect();
                hits.sort_by_key(|p| file_key(p).contains("bold"));
                for p in hits {
                    let f = loaded
                        .entry(p.clone())
                        .or_insert_with(|| PaperFont::open(p).ok());
                    if let Some(f) = f {
                        return Some(f.clone());
                    }
                }
            }
            None
        };
        let form = pick(Role::Form);
        let title = pick(Role::Title);
        let body = pick(Role::Body);
        match (form, title, body) {
            (Some(form), Some(title), Some(body)) => Ok(FontSet { title, body, form }),
            _ => Err(FontError::NoneFound),
        }
    }
}

fn file_key(p: &Path) -> String {
    p.file_name()
        .map(|n| {
            n.to_string_lossy()
                .to_lowercase()
                .replace(['-', '_', ' '], "")
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_folder_has_no_font_and_says_so() {
        let tmp = tempfile::tempdir().unwrap();
        assert_eq!(
            FontSet::find_in(&[tmp.path().to_path_buf()]).unwrap_err(),
            FontError::NoneFound
        );
    }

    #[test]
    fn a_file_that_is_not_a_cjk_font_is_refused() {
        let tmp = tempfile::tempdir().unwrap();
        let p = tmp.path().join("x.ttf");
        std::fs::write(&p, b"not a font").unwrap();
        assert!(matches!(PaperFont::open(&p), Err(FontError::NotCjk(_))));
        assert!(matches!(
            PaperFont::open(&tmp.path().join("missing.ttf")),
            Err(FontError::Unreadable(..))
        ));
    }

    #[test]
    fn the_system_cjk_font_measures_a_chinese_character_as_one_em() {
        let Ok(set) = FontSet::find(None) else {
            assert!(
                std::env::var_os("CI").is_none(),
                "CI installs fonts-noto-cjk"
            );
            eprintln!("skipped: no CJK font on this system (install fonts-noto-cjk)");
            return;
        };
        let w = set.form.width("满意", 10.0);
        assert!((w - 20.0).abs() < 0.5, "{w}");
        assert!(set.form.family().contains("CJK") || !set.form.family().is_empty());
        assert_eq!(set.form.glyphs("满意").len(), 2);
    }
}
