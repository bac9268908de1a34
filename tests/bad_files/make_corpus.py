# Makes the corpus of tests/bad_files/ (run from the repository root:
# `python3 tests/bad_files/make_corpus.py`): a small sound meeting cut from the town example,
# then one fault per file under sessions/, meetings that are odd but sound under edge/, and
# rosters with one fault each under rosters/. tests/fuzz_load.rs and tests/fuzz_roster.rs say
# what each must do. The 10 MB string is made by the test itself, not kept here.
import json, copy, os
root = 'tests/bad_files'
d = json.load(open('sessions/2010-10-19-wangling-town.json'))
base = copy.deepcopy(d)
base['audit'] = base['audit'][:5]
base['attendance']['people'] = base['attendance']['people'][:6]
ids = {p['id'] for p in base['attendance']['people']}
for s in base['suggestions']:
    if s.get('raised_by', {}).get('by') == 'attendee' and s['raised_by']['id'] not in ids:
        s['raised_by'] = {'by': 'anonymous'}
keep = {s['id'] for s in base['suggestions'][:4]}
base['suggestions'] = [s for s in base['suggestions'] if s['id'] in keep and not (s.get('decision',{}).get('decision') == 'merged' and s['decision']['into'] not in keep)]
r = base['rounds'][0]
for b in r['batches']:
    b['ballots'] = b['ballots'][:3]
n = sum(len(b['ballots']) for b in r['batches'])
r['returned'] = n
r['issued'] = n
r['state'] = 'counting'
r.pop('verification', None)
r.pop('published_at', None)
base['reports'][0]['notes'] = base['reports'][0]['notes'][:2]

def dump(v):
    return (json.dumps(v, ensure_ascii=False, indent=2) + '\n').encode()

def write(name, data):
    with open(os.path.join(root, 'sessions', name), 'wb') as f:
        f.write(data if isinstance(data, bytes) else dump(data))

def variant(name, change):
    v = copy.deepcopy(base)
    change(v)
    write(name, v)

good = dump(base)
with open(os.path.join(root, 'sound_base.json'), 'wb') as f:
    f.write(good)
write('empty.json', b'')
write('whitespace.json', b'  \n\t\n')
write('bom_only.json', b'\xef\xbb\xbf')
write('truncated.json', good[: len(good) * 3 // 5])
write('not_json.json', '这不是会议文件,只是一段文字。\n'.encode())
write('array.json', b'[1, 2, 3]\n')
write('nul_byte.json', good[:200] + b'\x00' + good[200:])
write('invalid_utf8.json', good.replace('网岭镇'.encode(), b'\xff\xfe\xfd', 1))
write('utf16.json', b'\xff\xfe' + good.decode().encode('utf-16-le'))
write('deep_nesting.json', b'[' * 5000 + b']' * 5000)
write('duplicate_key.json', good.replace(b'"subject": ', b'"subject": "another", "subject": ', 1))
variant('wrong_format.json', lambda v: v.update(format='pingyi-template'))
variant('no_format.json', lambda v: v.pop('format'))
variant('future_version.json', lambda v: v.update(version=2))
variant('version_zero.json', lambda v: v.update(version=0))
variant('version_string.json', lambda v: v.update(version='1'))
variant('wrong_type_subject.json', lambda v: v['header'].update(subject=42))
variant('wrong_type_people.json', lambda v: v['attendance'].update(people={'name': '黄武'}))
variant('wrong_type_date.json', lambda v: v['header'].update(date='19/10/2010'))
variant('unknown_presence.json', lambda v: v['attendance']['people'][0].update(presence={'state': 'teleported'}))
variant('negative_count.json', lambda v: v['rounds'][0].update(issued=-5))
variant('overflowing_count.json', lambda v: v['rounds'][0].update(returned=4294967296))
variant('float_count.json', lambda v: v['rounds'][0].update(issued=6.5))
variant('overflowing_id.json', lambda v: v['attendance']['people'][0].update(id=99999999999999999999))
def dup_people(v):
    v['attendance']['people'][1]['id'] = v['attendance']['people'][0]['id']
variant('duplicate_attendee_ids.json', dup_people)
def dup_rounds(v):
    v['rounds'].append(copy.deepcopy(v['rounds'][0]))
variant('duplicate_round_ids.json', dup_rounds)
def dup_ballots(v):
    b = v['rounds'][0]['batches'][0]['ballots']
    b[1]['no'] = b[0]['no']
variant('duplicate_ballot_numbers.json', dup_ballots)
def dup_sugg(v):
    v['suggestions'][1]['id'] = v['suggestions'][0]['id']
variant('duplicate_suggestion_ids.json', dup_sugg)
def bad_marks(v):
    v['rounds'][0]['batches'][0]['ballots'][0]['marks'] = '1z'
variant('bad_marks.json', bad_marks)
def counted_above_returned(v):
    v['rounds'][0]['returned'] = 1
    v['rounds'][0]['issued'] = 1
    v['rounds'][0]['state'] = 'verified'
    v['rounds'][0]['verification'] = {'at': v['updated'], 'scrutineers': ['王立新']}
variant('verified_but_uncounted.json', counted_above_returned)
variant('returned_above_issued.json', lambda v: v['rounds'][0].update(issued=1))
def merged_missing(v):
    v['suggestions'][0]['decision'] = {'decision': 'merged', 'into': 999}
variant('merged_into_missing.json', merged_missing)
variant('updated_before_created.json', lambda v: v.update(updated='2000-01-01T00:00:00+08:00'))
variant('bad_timestamp.json', lambda v: v.update(created='yesterday'))
def empty_name(v):
    v['attendance']['people'][0]['name'] = '  '
variant('empty_attendee_name.json', empty_name)
def grid_over(v):
    v['rounds'][0]['batches'].append({'uid': 'g', 'label': 'grid', 'mode': 'grid', 'valid_ballots': 4294967295, 'void_ballots': 4294967295, 'cells': [], 'ballots': []})
v = copy.deepcopy(base); grid_over(v); open(os.path.join(root, 'edge', 'max_counts.json'), 'wb').write(dump(v))
def odd_text(v):
    p = v['attendance']['people']
    p[0]['name'] = 'e\u0301😀\u200b黄武'
    p[1]['name'] = 'מרים أحمد'
    p[2]['unit'] = '\u3000全角\u3000空格\u3000'
    v['suggestions'][0]['text'] = ('很长的意见建议' * 2800)[:20000]
    v['agenda']['items'][0]['title'] = '议程' * 150
    v['header']['subject'] = '网岭镇\t创先争优\u202e反向'
v = copy.deepcopy(base); odd_text(v); open(os.path.join(root, 'edge', 'odd_text.json'), 'wb').write(dump(v))
print(len(os.listdir(os.path.join(root, 'sessions'))), 'session files')

# Rosters
def roster(name, data):
    with open(os.path.join(root, 'rosters', name), 'wb') as f:
        f.write(data if isinstance(data, bytes) else data.encode())
roster('empty.csv', b'')
roster('only_header.csv', '姓名,类别,单位\n')
roster('binary.csv', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0x00, 0x80, 0xfe]))
roster('no_name_column.csv', '类别,单位\n党代表,东关村\n')
roster('too_many_columns.csv', '黄武,党代表,东关村,备注,多余\n王立新,党代表,西关村\n')
roster('unknown_category.csv', '姓名,类别\n黄武,外星人代表\n王立新,党代表\n')
roster('duplicates.csv', '姓名,类别,单位\n黄武,党代表,东关村\n黄武,党代表,东关村\n')
roster('empty_names.csv', '姓名,类别\n,党代表\n"  ",党代表\n王立新,党代表\n')
roster('unclosed_quote.csv', '姓名,类别\n"黄武,党代表\n王立新,党代表\n')
roster('long_name.csv', '姓名,类别\n' + '长' * 500 + ',党代表\n王立新,党代表\n')
roster('control_chars.csv', '姓名,类别\n黄\x07武\x1b[31m,党代表\n')
roster('gbk_broken.csv', '姓名,类别\n'.encode('gbk') + b'\x81\x20,\xb5\xb3\n')
print(len(os.listdir(os.path.join(root, 'rosters'))), 'roster files')
