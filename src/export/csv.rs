//! A table as CSV for spreadsheets: UTF-8 with a byte-order mark, so Excel and WPS in China open
//! Chinese text right instead of guessing GBK.

use super::doc::Table;

/// The UTF-8 byte-order mark spreadsheets look for.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

pub fn render(t: &Table) -> Result<Vec<u8>, csv::Error> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(BOM.to_vec());
    w.write_record(t.columns.iter().map(|c| c.title.as_str()))?;
    for r in &t.rows {
        w.write_record(r)?;
    }
    w.into_inner().map_err(|e| e.into_error().into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::doc::Column;

    #[test]
    fn starts_with_a_bom_and_reads_back() {
        let mut t = Table::new(vec![Column::left("内容"), Column::right("票数")]);
        t.push(vec!["修路,\"尽快\"\n第二行".into(), "66".into()]);
        let bytes = render(&t).expect("writing to memory");
        assert!(bytes.starts_with(BOM));
        let mut r = csv::Reader::from_reader(&bytes[BOM.len()..]);
        let header = r.headers().expect("a header row").clone();
        assert_eq!(&header[0], "内容");
        let rows: Vec<csv::StringRecord> = r.records().collect::<Result<_, _>>().expect("rows");
        assert_eq!(rows.len(), 1);
        assert_eq!(&rows[0][0], "修路,\"尽快\"\n第二行");
        assert_eq!(&rows[0][1], "66");
    }
}
