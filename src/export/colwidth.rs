//! Column widths by content, shared by the Word and PDF records: each column gets at least its
//! longest unbreakable run (a Latin word, one CJK character) and the rest of the page is shared
//! out by how much more each column's longest cell wants, as browsers lay out tables.

use unicode_width::UnicodeWidthChar;

/// Display columns (a CJK character is 2) of the longest run in `s` that cannot break: a
/// run of Latin letters, digits and punctuation; every CJK character stands alone.
pub fn longest_run(s: &str) -> usize {
    let (mut best, mut run) = (0, 0);
    for c in s.chars() {
        let w = c.width().unwrap_or(0);
        if c.is_whitespace() {
            run = 0;
        } else if w >= 2 {
            run = 0;
            best = best.max(w);
        } else {
            run += w;
            best = best.max(run);
        }
    }
    best
}

/// Widths for columns wanting `natural` on one line and needing `min` at least, in `avail`.
/// Columns that want less than an even share of the room get all they want; the others share
/// what is left between their minimum and their want. Units are the caller's.
pub fn share(natural: &[f32], min: &[f32], avail: f32) -> Vec<f32> {
    let n = natural.len();
    if n == 0 {
        return Vec::new();
    }
    let min: Vec<f32> = (0..n).map(|i| min.get(i).copied().unwrap_or(0.0)).collect();
    let natural: Vec<f32> = (0..n).map(|i| natural[i].max(min[i])).collect();
    let sum_nat: f32 = natural.iter().sum();
    if sum_nat <= avail {
        // Everything fits on one line: the spare room goes to each column by its size.
        let extra = (avail - sum_nat) / sum_nat.max(f32::EPSILON);
        return natural.iter().map(|w| w * (1.0 + extra)).collect();
    }
    let sum_min: f32 = min.iter().sum();
    if sum_min >= avail {
        return min
            .iter()
            .map(|w| w * avail / sum_min.max(f32::EPSILON))
            .collect();
    }
    let mut settled = vec![false; n];
    loop {
        let room = avail
            - (0..n)
                .filter(|&i| settled[i])
                .map(|i| natural[i])
                .sum::<f32>();
        let open: Vec<usize> = (0..n).filter(|&i| !settled[i]).collect();
        let fair = room / open.len().max(1) as f32;
        let small: Vec<usize> = open
            .iter()
            .copied()
            .filter(|&i| natural[i] <= fair)
            .collect();
        let open_min: f32 = open.iter().map(|&i| min[i]).sum();
        if small.is_empty() || small.len() == open.len() {
            return shrink_open(&natural, &min, &settled, &open, room);
        }
        let small_nat: f32 = small.iter().map(|&i| natural[i]).sum();
        let small_min: f32 = small.iter().map(|&i| min[i]).sum();
        if room - small_nat < open_min - small_min {
            // Settling them would squeeze the others below their minimum.
            return shrink_open(&natural, &min, &settled, &open, room);
        }
        for i in small {
            settled[i] = true;
        }
    }
}

/// The settled columns at their natural width; the open ones shrunk by one factor between their
/// minimum and natural width so that together they take `room`.
fn shrink_open(
    natural: &[f32],
    min: &[f32],
    settled: &[bool],
    open: &[usize],
    room: f32,
) -> Vec<f32> {
    let open_min: f32 = open.iter().map(|&i| min[i]).sum();
    let open_nat: f32 = open.iter().map(|&i| natural[i]).sum();
    let k = ((room - open_min) / (open_nat - open_min).max(f32::EPSILON)).clamp(0.0, 1.0);
    (0..natural.len())
        .map(|i| {
            if settled[i] {
                natural[i]
            } else {
                min[i] + (natural[i] - min[i]) * k
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_break_between_chinese_characters_and_latin_words() {
        assert_eq!(longest_run("主持人宣布开会"), 2);
        assert_eq!(longest_run("Opening remarks"), 7);
        assert_eq!(longest_run("09:00–09:10"), 11);
        assert_eq!(longest_run(""), 0);
    }

    #[test]
    fn widths_fill_the_room_and_respect_each_minimum() {
        let w = share(&[4.0, 40.0, 6.0], &[4.0, 2.0, 6.0], 30.0);
        assert!((w.iter().sum::<f32>() - 30.0).abs() < 1e-3);
        assert!(w[0] >= 4.0 && w[2] >= 6.0);
        assert!(w[1] > w[0] && w[1] > w[2], "{w:?}");
        let roomy = share(&[2.0, 8.0], &[1.0, 1.0], 20.0);
        assert!((roomy[1] / roomy[0] - 4.0).abs() < 1e-3);
        let tight = share(&[10.0, 10.0], &[10.0, 10.0], 10.0);
        assert!((tight[0] - 5.0).abs() < 1e-3);
        // A short column keeps its one line while a long one wraps.
        let agenda = share(&[5.0, 60.0, 6.0, 6.0], &[2.0, 2.0, 6.0, 6.0], 40.0);
        assert_eq!(&agenda[..1], &[5.0]);
        assert!((agenda[1] - 23.0).abs() < 1e-3, "{agenda:?}");
    }
}
