/**
 * The people and notes on the bundled demo systems. Dates are relative to the
 * day the server starts so the demo always shows someone overdue, someone due
 * soon and someone fine. Names are fictional; one carries hostile HTML on
 * purpose, as real data sometimes does.
 */
import { format, subDays, addDays } from 'date-fns';

export interface DemoNote {
  date: Date;
  contactType: string;
  author: string;
  subject?: string;
  text: string;
}

export interface DemoActivity {
  code: string;
  title: string;
  start: Date;
  plannedEnd: Date | null;
  provider: string;
}

export interface DemoParticipant {
  id: string;
  first: string;
  last: string;
  program: string;
  planType: 'IEP' | 'ISS';
  activities: DemoActivity[];
  plannedGaps: { start: Date; end: Date; reason: string }[];
  notes: DemoNote[];
}

export interface DemoData {
  toolbox: DemoParticipant[];
  wf1: DemoParticipant[];
}

export const usDate = (d: Date) => format(d, 'MM/dd/yyyy');

export function makeDemoData(today: Date): DemoData {
  const ago = (n: number) => subDays(today, n);
  const ahead = (n: number) => addDays(today, n);
  return {
    toolbox: [
      {
        id: '100234',
        first: 'Dana',
        last: 'Whitfield',
        program: 'WIA Adult',
        planType: 'IEP',
        activities: [
          { code: '310', title: 'Occupational Skills Training - CNA', start: ago(200), plannedEnd: ahead(60), provider: 'Ozark Technical College' },
        ],
        plannedGaps: [],
        notes: [
          {
            date: ago(101),
            contactType: 'Telephone',
            author: 'J. Moreno',
            text: 'TC with customer. She reports attending CNA classes M-F, current grade B. Clinicals start next month. Continue ITA through end of term; next contact in 30 days.',
          },
          {
            date: ago(95),
            contactType: 'Telephone',
            author: 'J. Moreno',
            text: 'Called customer, no answer. LM asking her to call back.',
          },
        ],
      },
      {
        id: '100871',
        first: 'Marcus',
        last: 'Oyelaran',
        program: 'WIA Dislocated Worker',
        planType: 'IEP',
        activities: [
          { code: '310', title: 'Occupational Skills Training - CDL Class A', start: ago(120), plannedEnd: ahead(20), provider: 'Missouri Truck Driving Academy' },
        ],
        plannedGaps: [],
        notes: [
          {
            date: ago(80),
            contactType: 'In Person',
            author: 'J. Moreno',
            text: 'OV with customer. Passed CDL permit test, attending range practice 4 days/week, attendance 100% per sign-in sheet. Continue training; customer needs completion to reach employment goal in IEP. Next step: TC in 30 days.',
          },
        ],
      },
      {
        id: '101552',
        first: 'Alicia',
        last: 'Brandt',
        program: 'WIA Adult',
        planType: 'IEP',
        activities: [
          { code: '301', title: 'Work Experience', start: ago(60), plannedEnd: ahead(90), provider: 'City of Springfield Parks' },
        ],
        plannedGaps: [],
        notes: [
          {
            date: ago(12),
            contactType: 'In Person',
            author: 'K. Lutz',
            text: 'Met with customer at worksite. Supervisor reports she is punctual and has completed 120 of 400 WEX hours. Continue WEX per IEP; next contact in 30 days.',
          },
        ],
      },
      {
        id: '102003',
        first: '<img src=x onerror=alert(1)>',
        last: 'Test',
        program: 'WIA Youth',
        planType: 'ISS',
        activities: [],
        plannedGaps: [],
        notes: [],
      },
    ],
    wf1: [
      {
        id: 'MN-448120',
        first: 'Tomas',
        last: 'Lindqvist',
        program: 'WIOA Youth',
        planType: 'ISS',
        activities: [
          { code: 'SCH', title: 'Secondary School / GED Prep', start: ago(150), plannedEnd: ahead(120), provider: 'Crookston High School ALC' },
          { code: 'WEX', title: 'Summer Work Experience', start: ago(40), plannedEnd: ahead(30), provider: 'Polk County Highway Dept' },
        ],
        plannedGaps: [],
        notes: [
          {
            date: ago(45),
            contactType: 'In Person',
            subject: 'Monthly contact',
            author: 'R. Haugen',
            text: 'Met with Tomas at the ALC. Attendance 92% this month, passed GED math practice test. Reviewed ISS and activity enrollments; all current. Next contact early next month.',
          },
        ],
      },
      {
        id: 'MN-448377',
        first: 'Shauna',
        last: 'Beaulieu',
        program: 'WIOA Adult',
        planType: 'ISS',
        activities: [
          { code: 'OST', title: 'Occupational Skills Training - Welding', start: ago(90), plannedEnd: ahead(150), provider: 'Northland Community & Technical College' },
        ],
        plannedGaps: [{ start: ago(20), end: ahead(10), reason: 'Semester break' }],
        notes: [
          {
            date: ago(10),
            contactType: 'Telephone',
            subject: 'Progress check',
            author: 'R. Haugen',
            text: 'Phone call with Shauna. Completed first welding module with a B+, schedule for next semester attached. Reviewed ISS; enrollment in OST is current. Continue training.',
          },
        ],
      },
    ],
  };
}
