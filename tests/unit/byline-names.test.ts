import { describe, expect, it } from 'vitest';
import { bylineNames, shownByline } from '../../lib/reader/byline-names';
import { validateArticle } from '../../lib/reader/validate-article';

describe('bylineNames', () => {
  // Each as the extractor reads it from a corpus page (the page named after it).
  it.each([
    ['Laura Eßlinger 28.04.2023, 19:09 3 Min.', 'Laura Eßlinger'], // Stern
    ['Jen MillsPublished Jul 17, 2024, 11:21am|Updated Jul 17, 2024, 6:39pm', 'Jen Mills'], // Metro
    ['Sarah LazareTwitter Today 5:00 am', 'Sarah Lazare'], // The Nation
    ['Stephanie Bazzle June 19, 2023', 'Stephanie Bazzle'], // Occupy Democrats
    ['Seth Fiegerman2014-01-26 21:32:46 UTC', 'Seth Fiegerman'], // Mashable
    ['Bryan Walsh Tuesday, Aug. 17, 2010', 'Bryan Walsh'], // Time
    ['Lucas Nolan22 Dec 2016651', 'Lucas Nolan'], // Breitbart
    ['GILLIAN MOHNEY March 11, 2015 3:46 PM', 'GILLIAN MOHNEY'], // Yahoo
    ['Paul December 23, 2016 Scifly', 'Paul'], // sciencefly
    ['ZDNet Japan Staff 2019年04月28日 08時00分', 'ZDNet Japan Staff'],
    ['谢若含2017-03-01 14:27:02 74', '谢若含'], // qdaily
    ['Jakob UlbrichFollowAug 8, 2016·7 min read', 'Jakob Ulbrich'], // Medium
    ['Julia Horowitz @juliakhorowitz November 29, 2016: 3:42 PM ET', 'Julia Horowitz'], // CNN Money
    ['Emily Kirkpatrick Updated on December 12, 2016 09:22 AM', 'Emily Kirkpatrick'], // People
    ['Richard Lawler posted Aug 18th 2010 7:30PM', 'Richard Lawler'], // Engadget
    ['Howard Schneider, Lindsay Dunsmuir5 Min Read', 'Howard Schneider, Lindsay Dunsmuir'], // Reuters
    ['Zach Hanlon 5 minute Read', 'Zach Hanlon'], // Fast Company
    ['Jennifer Rubin Jennifer Rubin Bio Follow Opinion writer October 29, 2018', 'Jennifer Rubin'], // Washington Post
    ['Michael Larabel in Valve on 1 June 2019 at 08:34 PM EDT.', 'Michael Larabel in Valve'], // Phoronix
    // The names after the date.
    ['Posted on September 21, 2020 by Adi Tzlil', 'Adi Tzlil'],
    ['Wednesday January 18, 2017 10:44 am PST by Juli Clover', 'Juli Clover'], // MacRumors
    ['June 5, 2019 by luxurious', 'luxurious'],
    ['Published by Daniel Lemire', 'Daniel Lemire'],
    ['October 14, 2009|Marc Lifsher', 'Marc Lifsher'], // Los Angeles Times
    ['15.05.2020, 07:11 | Lesedauer: 8 Minuten Melanie Wassink', 'Melanie Wassink'], // Hamburger Abendblatt
    ['2.03.2018von Dennis Ziesecke | E-Mail', 'Dennis Ziesecke'], // Mixed
    // Fields: the ones with a date go, the others stay with their separators.
    ['Pete Evans · CBC News · Posted: Oct 14, 2022 9:27 AM ET | Last Updated: 24 minutes ago', 'Pete Evans · CBC News'],
    ['/ Cory Doctorow / 10:08 am Fri Jul 19, 2013', 'Cory Doctorow'], // Boing Boing
    ['John Walk - January 10, 2020 21 minutes - 4312 words', 'John Walk'], // Pluralsight
    ['Agence France-Presse, CHARLESTON, South Carolina | World | Fri, June 19 2015, 7:36 AM', 'Agence France-Presse, CHARLESTON, South Carolina | World'], // The Jakarta Post
    ['Tim detikBali Sabtu, 10 Des 2022 22:10 WIB', 'Tim detikBali'],
    ['Rina Kusuma Diperbarui 10 Desember 2022, 22:10 WIB · 3 menit baca', 'Rina Kusuma'],
    // Nothing but a date, a reading time or a handle.
    ['2 minute readApril 25, 20232:26 PM GMT+2Last Updated 9 min ago', ''], // Reuters
    ['April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm', ''], // Seattle Times
    ['6 de mayo de 2022 05:30', ''],
    ['@NatGeoUK', ''],
  ])('"%s" → "%s"', (byline, names) => {
    expect(bylineNames(byline)).toBe(names);
  });

  it.each([
    'Politik · Jochen Bittner, Tina Hildebrandt',
    'About the Author - Florina Ionescu',
    'Perry Bacon Jr.',
    'Verein: Historische Wehranlage in Horka e.V.',
    'd.kuckelkorn@boersen-zeitung.de',
    'Mike Cason | mcason@al.com',
    'Marc Lifsher',
    'Julia Junior and Jan Augustin',
    'VonBR24 Redaktion',
    '박준석 기자 외 1명',
  ])('"%s" holds no date and stays as written', (byline) => {
    expect(bylineNames(byline)).toBe(byline);
  });
});

describe('shownByline', () => {
  it('keeps the names alone when the page gives a date the reader shows', () => {
    expect(shownByline('Laura Eßlinger 28.04.2023, 19:09 3 Min.', '2023-04-28T19:09:00+02:00')).toBe('Laura Eßlinger');
  });

  it('leaves the byline whole when its date is the only one there is', () => {
    expect(shownByline('Nathan Willis March 25, 2015', '')).toBe('Nathan Willis March 25, 2015');
    expect(shownByline('Nathan Willis March 25, 2015', 'last spring')).toBe('Nathan Willis March 25, 2015');
  });

  it('is what the popup shows of the page answer', () => {
    const answer = { html: '<p>Text</p>', byline: 'Rina Kusuma Diperbarui 10 Desember 2022, 22:10 WIB', publishedTime: 'Sabtu, 10 Desember 2022 22:10 WIB' };
    expect(validateArticle(answer)).toMatchObject({ byline: 'Rina Kusuma', publishedTime: '2022-12-10T22:10+07:00' });
    expect(validateArticle({ ...answer, publishedTime: '' })?.byline).toBe(answer.byline);
  });
});
