#!/usr/bin/env python3
"""Data for the batch-with-history benchmark (docs/performance.md): one
spreadsheet of AREAS local areas x ACTIONS actions for this quarter
(plan.csv, with an Area column) and the previous quarter's snapshot
(plan-prev.csv, UK dates and R/A/G/C letters), plus two jobs for
templates/quarterly-update.xml: job.xml compares with the previous quarter,
job-plain.xml does not (the baseline of the same run).

    bench/history.py --out build/bench/history-120 [--areas 120] [--actions 40]

Deterministic (a fixed seed): the same arguments give the same files."""
import argparse
import csv
import datetime
import os
import random

RAG = ['Red', 'Amber', 'Green', 'Complete']
LETTER = {'Red': 'R', 'Amber': 'A', 'Green': 'G', 'Complete': 'C'}
OWNERS = ['Head of SEND Assessment and Review', 'Head of Inclusion',
          'Designated Clinical Officer (ICB)', 'Local Offer Manager',
          'Post-16 Commissioning Manager', 'Finance Business Partner (High Needs)']
VERBS = ['Clear the backlog of', 'Publish a guide to', 'Recruit staff for',
         'Agree a protocol for', 'Reduce waiting times for', 'Train SENCOs in']
OBJECTS = ['EHC needs assessments', 'annual reviews', 'phase transfers',
           'speech and language therapy', 'supported internships',
           'the graduated approach', 'part-time timetables']


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', required=True)
    ap.add_argument('--areas', type=int, default=120)
    ap.add_argument('--actions', type=int, default=40)
    a = ap.parse_args()
    rnd = random.Random(15)
    os.makedirs(a.out, exist_ok=True)
    head = ['Area', 'Ref', 'Action', 'Owner', 'Due date', 'RAG status', 'Progress']
    now_rows, prev_rows = [], []
    base = datetime.date(2023, 10, 1)
    for i in range(1, a.areas + 1):
        area = f'Area {i:03d}'
        for k in range(1, a.actions + 2):
            ref = f'SD{1 + (k - 1) // 6}.{1 + (k - 1) % 6:02d}'
            text = f'{rnd.choice(VERBS)} {rnd.choice(OBJECTS)}'
            owner = rnd.choice(OWNERS)
            due = base + datetime.timedelta(days=rnd.randrange(0, 360))
            rag = rnd.choice(RAG)
            progress = f'Progress note {k} for {area}.'
            prev_due, prev_rag, prev_text, prev_prog = due, rag, text, progress
            r = rnd.random()
            if r < 0.15:
                prev_rag = RAG[min(3, RAG.index(rag) + 1)]      # got worse
            elif r < 0.30:
                prev_rag = RAG[max(0, RAG.index(rag) - 1)]      # improved
            if rnd.random() < 0.1:
                prev_due = due - datetime.timedelta(days=rnd.choice([14, 30, 91]))
            if rnd.random() < 0.05:
                prev_text = text + ' (draft wording)'
            if rnd.random() < 0.5:
                prev_prog = f'Earlier note {k}.'
            if k <= a.actions:  # the 41st was removed since the previous quarter
                now_rows.append([area, ref, text, owner, due.isoformat(), rag, progress])
            if k != a.actions or i % 4:  # every 4th area's 40th action is new
                prev_rows.append([area, ref, prev_text, owner,
                                  prev_due.strftime('%d/%m/%Y'), LETTER[prev_rag], prev_prog])
    for name, rows in (('plan.csv', now_rows), ('plan-prev.csv', prev_rows)):
        with open(os.path.join(a.out, name), 'w', newline='', encoding='utf-8') as f:
            w = csv.writer(f, lineterminator='\r\n')
            w.writerow(head)
            w.writerows(rows)
    here = os.path.dirname(os.path.abspath(__file__))
    sample = os.path.join(here, '..', 'samples', 'quarterly-update', 'update.xml')
    with open(sample, encoding='utf-8') as f:
        update = f.read()
    with open(os.path.join(a.out, 'update.xml'), 'w', encoding='utf-8') as f:
        f.write(update)
    tmpl = os.path.relpath(os.path.join(here, '..', 'templates', 'quarterly-update.xml'), a.out)
    style = os.path.relpath(os.path.join(here, '..', 'styles', 'default.xml'), a.out)
    compare = ('  <compare data="plan" key="ref" label="Q3 2023/24">\n'
               '    <snapshot href="plan-prev.csv" label="Q2 2023/24" as-of="2023-09-30"/>\n'
               '  </compare>\n')
    for name, extra in (('job.xml', compare), ('job-plain.xml', '')):
        with open(os.path.join(a.out, name), 'w', encoding='utf-8') as f:
            f.write(f'''<?xml version="1.0" encoding="UTF-8"?>
<job xmlns="urn:clerk:template:1">
  <template href="{tmpl}"/>
  <style href="{style}"/>
  <data name="report" href="update.xml"/>
  <data name="plan" href="plan.csv">
    <field path="due-date" type="date"/>
    <field path="rag-status" type="rag"/>
  </data>
{extra}  <param name="as-of" value="2023-12-31"/>
</job>
''')


if __name__ == '__main__':
    main()
