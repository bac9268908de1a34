//! A sheet for the reader's own tests (1 target × 8 items × 3 grades on A4), so they do not
//! depend on the print layout's details.

use crate::scan::sheet::{MarkBox, RectMm, RegSquare, Sheet};

pub fn town_sheet() -> Sheet {
    let sq = |x: f64, y: f64, hole: f64| RegSquare {
        rect: RectMm {
            x,
            y,
            w: 8.0,
            h: 8.0,
        },
        hole,
    };
    let mut boxes = Vec::new();
    for item in 0..8 {
        for grade in 0..3 {
            boxes.push(MarkBox {
                rect: RectMm {
                    x: 110.0 + grade as f64 * 16.0,
                    y: 70.0 + item as f64 * 12.0,
                    w: 5.0,
                    h: 5.0,
                },
                target: 0,
                item,
                grade,
            });
        }
    }
    Sheet {
        width: 210.0,
        height: 297.0,
        squares: [
            sq(10.0, 10.0, 3.5),
            sq(192.0, 10.0, 0.0),
            sq(192.0, 279.0, 0.0),
            sq(10.0, 279.0, 0.0),
        ],
        codes: vec![
            RectMm {
                x: 170.0,
                y: 24.0,
                w: 24.0,
                h: 24.0,
            },
            RectMm {
                x: 16.0,
                y: 250.0,
                w: 24.0,
                h: 24.0,
            },
        ],
        boxes,
    }
}
