// A site's menu bar above a posting is not the page's title: its items name the site's sections
// ("Salaries", "Company Reviews"), not the page. A breadcrumb and a job board's field line stay.
import { describe, expect, it } from 'vitest';
import { isMenuLine } from '../../src/core/text/document-structure.js';

describe('a menu bar is told from the lines a page is headed with', () => {
  it.each([
    'Home  |  Find Jobs  |  Company Reviews  |  Salaries  |  Post a Job  |  Sign in',
    'About · Programs · Careers · Donate · Contact',
    'Home | About Us | Services | Careers | Contact | Donate',
    'Jobs    Companies    Salaries    Career Advice    Sign in',
    // Fewer items, each a part of a website.
    'Home / About Us / Blog / Careers',
    'Jobs | Companies | Sign in',
    'About   News   Donate',
  ])('menu: %s', (line) => expect(isMenuLine(line)).toBe(true));

  it.each([
    'Home > Salaries > Health Care > Peer Support Specialist',
    'Job Category: Adult Services    Location: Marion Office    Schedule: Full-time',
    'Second Wind Recovery Community Center · Rutland, VT',
    'Full-time | Westbrook Integrated Services | $20.50-$23.00/hr',
    'Peer Support Specialist | Part-time | Day shift | Apply by May 1',
    'Peer Recovery Services at Lakeside',
    // A job board's header line of four fields names the job first: it is the title.
    'Recovery Coach | Full-time | Nights | Boston',
    // A breadcrumb ends with the page's own name; a short line of fields names no part of a site.
    'Home / Careers / Peer Support Specialist',
    'Peer Mentor | Youth Services | Careers',
    'Mental health / substance use / both',
  ])('not a menu: %s', (line) => expect(isMenuLine(line)).toBe(false));
});
