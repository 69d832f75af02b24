# People with date-bounded roles: heads of state and government, foreign and defence ministers, heads of a few
# international bodies. Small and exact on purpose: a missing entry is better than a wrong one; the text's own
# titles and appositives cover the rest. Dates are the first and last day in office, inclusive.
# Written for Annalist. Format: docs/formats/actors.md.

# United States
person: Bill Clinton | William Jefferson Clinton
  USAGOV 1993-01-20..2001-01-20
person: George W. Bush | George Bush | Bush
  USAGOV 2001-01-20..2009-01-20
person: George H. W. Bush | George H.W. Bush
  USAGOV 1989-01-20..1993-01-20
person: Barack Obama | Obama | Barack Hussein Obama
  USAGOV 2009-01-20..2017-01-20
person: Donald Trump | Donald J. Trump | Trump
  USAGOV 2017-01-20..2021-01-20
  USAGOV 2025-01-20..
person: Joe Biden | Joseph R. Biden | Biden
  USAGOV 2009-01-20..2017-01-20
  USAGOV 2021-01-20..2025-01-20
person: Hillary Clinton | Hillary Rodham Clinton
  USAGOV 2009-01-21..2013-02-01
person: Colin Powell
  USAGOV 2001-01-20..2005-01-26
person: Condoleezza Rice
  USAGOV 2001-01-20..2009-01-20
person: John Kerry
  USAGOV 2013-02-01..2017-01-20
person: Rex Tillerson | Tillerson
  USAGOV 2017-02-01..2018-03-31
person: Mike Pompeo | Michael Pompeo | Pompeo
  USAGOV 2017-01-23..2021-01-20
person: Antony Blinken | Blinken
  USAGOV 2021-01-26..2025-01-20
person: Donald Rumsfeld | Rumsfeld
  USAMIL 2001-01-20..2006-12-18
person: Robert Gates
  USAMIL 2006-12-18..2011-07-01
person: Chuck Hagel | Hagel
  USAMIL 2013-02-27..2015-02-17
person: Ash Carter | Ashton Carter
  USAMIL 2015-02-17..2017-01-20
person: Jim Mattis | James Mattis | Mattis
  USAMIL 2017-01-20..2018-12-31
person: Mark Esper | Esper
  USAMIL 2019-07-23..2020-11-09
person: Lloyd Austin
  USAMIL 2021-01-22..2025-01-20

# Iraq
person: Saddam Hussein | Saddam
  IRQGOV 1979-07-16..2003-04-09
person: Nouri al-Maliki | Nuri al-Maliki | Maliki | al-Maliki
  IRQGOV 2006-05-20..2014-09-08
person: Haider al-Abadi | Abadi | al-Abadi
  IRQGOV 2014-09-08..2018-10-25
person: Adel Abdul Mahdi | Adil Abdul-Mahdi | Adel Abdul-Mahdi | Abdul Mahdi | Abdul-Mahdi
  IRQGOV 2018-10-25..2020-05-07
person: Mustafa al-Kadhimi | Kadhimi | al-Kadhimi
  IRQGOV 2020-05-07..2022-10-27
person: Mohammed Shia al-Sudani | al-Sudani
  IRQGOV 2022-10-27..
person: Barham Salih | Barham Saleh
  IRQGOV 2018-10-02..2022-10-17

# Iran
person: Ali Khamenei | Ayatollah Ali Khamenei | Khamenei
  IRNGOV 1989-06-04..
person: Mahmoud Ahmadinejad | Ahmadinejad
  IRNGOV 2005-08-03..2013-08-03
person: Hassan Rouhani | Hassan Rowhani | Rouhani
  IRNGOV 2013-08-03..2021-08-03
person: Ebrahim Raisi | Raisi
  IRNGOV 2021-08-03..2024-05-19
person: Mohammad Javad Zarif | Javad Zarif | Zarif
  IRNGOV 2013-08-15..2021-08-25

# United Kingdom
person: Tony Blair | Blair
  GBRGOV 1997-05-02..2007-06-27
person: Gordon Brown
  GBRGOV 2007-06-27..2010-05-11
person: David Cameron | Cameron
  GBRGOV 2010-05-11..2016-07-13
person: Theresa May
  GBRGOV 2016-07-13..2019-07-24
person: Boris Johnson
  GBRGOV 2019-07-24..2022-09-06
person: Rishi Sunak | Sunak
  GBRGOV 2022-10-25..2024-07-05
person: Keir Starmer | Starmer
  GBRGOV 2024-07-05..

# Russia
person: Vladimir Putin | Vladimir V. Putin | Putin
  RUSGOV 1999-08-09..
person: Dmitry Medvedev | Dmitri Medvedev | Medvedev
  RUSGOV 2008-05-07..2020-01-16
person: Sergei Lavrov | Sergey Lavrov | Lavrov
  RUSGOV 2004-03-09..

# China
person: Xi Jinping | Xi
  CHNGOV 2012-11-15..
person: Hu Jintao
  CHNGOV 2003-03-15..2013-03-14
person: Li Keqiang
  CHNGOV 2013-03-15..2023-03-11
person: Wen Jiabao
  CHNGOV 2003-03-16..2013-03-15

# Europe
person: Angela Merkel | Merkel
  DEUGOV 2005-11-22..2021-12-08
person: Olaf Scholz | Scholz
  DEUGOV 2021-12-08..2025-05-06
person: Emmanuel Macron | Macron
  FRAGOV 2017-05-14..
person: François Hollande | Francois Hollande | Hollande
  FRAGOV 2012-05-15..2017-05-14
person: Nicolas Sarkozy | Sarkozy
  FRAGOV 2007-05-16..2012-05-15
person: Jacques Chirac | Chirac
  FRAGOV 1995-05-17..2007-05-16
person: Volodymyr Zelensky | Volodymyr Zelenskyy | Zelensky | Zelenskyy
  UKRGOV 2019-05-20..
person: Petro Poroshenko | Poroshenko
  UKRGOV 2014-06-07..2019-05-20
person: Recep Tayyip Erdogan | Recep Tayyip Erdoğan | Erdogan | Erdoğan
  TURGOV 2003-03-14..

# Middle East and South Asia
person: Bashar al-Assad | Bashar Assad | Assad | al-Assad
  SYRGOV 2000-07-17..2024-12-08
person: Benjamin Netanyahu | Netanyahu
  ISRGOV 1996-06-18..1999-07-06
  ISRGOV 2009-03-31..2021-06-13
  ISRGOV 2022-12-29..
person: Naftali Bennett
  ISRGOV 2021-06-13..2022-06-30
person: Ehud Olmert | Olmert
  ISRGOV 2006-01-04..2009-03-31
person: Hosni Mubarak | Mubarak
  EGYGOV 1981-10-14..2011-02-11
person: Mohamed Morsi | Mohammed Morsi | Morsi
  EGYGOV 2012-06-30..2013-07-03
person: Abdel Fattah el-Sisi | Abdel Fattah al-Sisi | Sisi | el-Sisi | al-Sisi
  EGYGOV 2014-06-08..
person: King Salman | Salman bin Abdulaziz
  SAUGOV 2015-01-23..
person: Mohammed bin Salman
  SAUGOV 2017-06-21..
person: Hamid Karzai | Karzai
  AFGGOV 2001-12-22..2014-09-29
person: Ashraf Ghani | Ghani
  AFGGOV 2014-09-29..2021-08-15
person: Narendra Modi | Modi
  INDGOV 2014-05-26..
person: Manmohan Singh
  INDGOV 2004-05-22..2014-05-26
person: Imran Khan
  PAKGOV 2018-08-18..2022-04-10

# Americas, Asia-Pacific
person: Stephen Harper | Harper
  CANGOV 2006-02-06..2015-11-04
person: Justin Trudeau | Trudeau
  CANGOV 2015-11-04..2025-03-14
person: Maxime Bernier
  CANGOV 2007-08-14..2008-05-26
person: John Baird
  CANGOV 2007-01-04..2008-10-30
  CANGOV 2011-05-18..2015-02-03
person: John Key
  NZLGOV 2008-11-19..2016-12-12
person: Helen Clark
  NZLGOV 1999-12-10..2008-11-19
person: Jacinda Ardern | Ardern
  NZLGOV 2017-10-26..2023-01-25
person: Julia Gillard | Gillard
  AUSGOV 2010-06-24..2013-06-27
person: Tony Abbott
  AUSGOV 2013-09-18..2015-09-15
person: Malcolm Turnbull | Turnbull
  AUSGOV 2015-09-15..2018-08-24
person: Scott Morrison
  AUSGOV 2018-08-24..2022-05-23
person: Anthony Albanese | Albanese
  AUSGOV 2022-05-23..
person: Shinzo Abe
  JPNGOV 2006-09-26..2007-09-26
  JPNGOV 2012-12-26..2020-09-16
person: Kim Jong Un | Kim Jong-un
  PRKGOV 2011-12-17..
person: Kim Jong Il | Kim Jong-il
  PRKGOV 1994-07-08..2011-12-17
person: Moon Jae-in | Moon Jae In
  KORGOV 2017-05-10..2022-05-10

# International organisations
person: Kofi Annan | Annan
  IGOUNO 1997-01-01..2006-12-31
person: Ban Ki-moon | Ban Ki Moon
  IGOUNO 2007-01-01..2016-12-31
person: António Guterres | Antonio Guterres | Guterres
  IGOUNO 2017-01-01..
person: Jens Stoltenberg | Stoltenberg
  IGOWSTNAT 2014-10-01..2024-10-01

# Heads of state and government and ministers of the 1970s-2000s (wire archives of that period)
person: Yoweri Museveni | Museveni
  UGAGOV 1986-01-29..
person: Abdelaziz Bouteflika | Bouteflika
  DZAGOV 1999-04-27..2019-04-02
person: Ahmed Ben Bella | Ben Bella
  DZAGOV 1962-09-27..1965-06-19
person: Omar al-Bashir | Omar Hassan al-Bashir | Omar Hassan Ahmad al-Bashir | Omar el-Bashir | Omar El Bashir | al-Bashir
  SDNGOV 1989-06-30..2019-04-11
person: Robert Mugabe | Mugabe
  ZWEGOV 1980-04-18..2017-11-21
person: Olusegun Obasanjo | Obasanjo
  NGAGOV 1976-02-13..1979-10-01
  NGAGOV 1999-05-29..2007-05-29
person: Laurent Gbagbo | Gbagbo
  CIVGOV 2000-10-26..2011-04-11
person: Paul Kagame | Kagame
  RWAGOV 1994-07-19..
person: Juvenal Habyarimana | Juvénal Habyarimana | Habyarimana
  RWAGOV 1973-07-05..1994-04-06
person: Daniel arap Moi | Daniel Arap Moi
  KENGOV 1978-08-22..2002-12-30
person: Mwai Kibaki | Kibaki
  KENGOV 2002-12-30..2013-04-09
person: Moody Awori | Awori
  KENGOV 2003-09-25..2008-01-09
person: Levy Mwanawasa | Mwanawasa
  ZMBGOV 2002-01-02..2008-08-19
person: Nelson Mandela | Mandela
  ZAFGOV 1994-05-10..1999-06-14
person: Thabo Mbeki | Mbeki
  ZAFGOV 1999-06-14..2008-09-24
person: Charles Taylor
  LBRGOV 1997-08-02..2003-08-11
person: Laurent Kabila | Laurent-Desire Kabila | Laurent-Désiré Kabila
  CODGOV 1997-05-17..2001-01-16
person: Joseph Kabila
  CODGOV 2001-01-26..2019-01-24
person: Dawda Jawara | Dawda Kairaba Jawara
  GMBGOV 1970-04-24..1994-07-22
person: Goukouni Oueddei | Goukouni Weddeye
  TCDGOV 1979-11-10..1982-06-07
person: Muammar Gaddafi | Muammar Qaddafi | Moammar Gadhafi | Muammar al-Gaddafi | Gaddafi | Qaddafi | Gadhafi
  LBYGOV 1969-09-01..2011-10-20
person: Hafez al-Assad | Hafez Assad
  SYRGOV 1971-03-12..2000-06-10
person: Yasser Arafat | Yasir Arafat | Arafat
  PSEGOV 1994-07-05..2004-11-11
person: Ariel Sharon
  ISRGOV 2001-03-07..2006-04-14
person: Ehud Barak
  ISRGOV 1999-07-06..2001-03-07
person: Iyad Allawi | Ayad Allawi | Allawi
  IRQGOV 2004-06-28..2005-04-07
person: Boris Yeltsin | Yeltsin
  RUSGOV 1991-07-10..1999-12-31
person: Eduard Shevardnadze | Shevardnadze
  GEOGOV 1992-03-10..2003-11-23
person: Slobodan Milosevic | Slobodan Milošević | Milosevic | Milošević
  SRBGOV 1989-05-08..2000-10-07
person: Vojislav Kostunica | Vojislav Koštunica | Kostunica | Koštunica
  SRBGOV 2000-10-07..2003-03-07
  SRBGOV 2004-03-03..2008-07-07
person: Helmut Kohl | Kohl
  DEUGOV 1982-10-01..1998-10-27
person: Gerhard Schroeder | Gerhard Schröder
  DEUGOV 1998-10-27..2005-11-22
person: Jack Straw
  GBRGOV 1997-05-02..2010-05-11
person: Tom King
  GBRMIL 1989-07-24..1992-04-10
person: William Perry | William J. Perry
  USAMIL 1994-02-03..1997-01-23
person: Suharto | Soeharto
  IDNGOV 1967-03-12..1998-05-21
person: Ryutaro Hashimoto | Hashimoto
  JPNGOV 1996-01-11..1998-07-30
person: Kim Dae-jung | Kim Dae Jung
  KORGOV 1998-02-25..2003-02-24
person: Jiang Zemin
  CHNGOV 1989-06-24..2004-09-19
person: Atal Bihari Vajpayee | Vajpayee
  INDGOV 1998-03-19..2004-05-22
person: Pervez Musharraf | Musharraf
  PAKGOV 1999-10-12..2008-08-18
person: Nawaz Sharif
  PAKGOV 1990-11-06..1993-07-18
  PAKGOV 1997-02-17..1999-10-12
  PAKGOV 2013-06-05..2017-07-28
person: Hun Sen
  KHMGOV 1985-01-14..2023-08-22
person: Alberto Fujimori | Fujimori
  PERGOV 1990-07-28..2000-11-21
person: Hugo Chavez | Hugo Chávez | Chavez | Chávez
  VENGOV 1999-02-02..2013-03-05
person: Fidel Castro
  CUBGOV 1959-02-16..2008-02-24

# Leaders of armed groups
person: Osama bin Laden | Usama bin Laden | bin Laden
  IMGMOSALQ ..2011-05-02
person: Abu Musab al-Zarqawi | al-Zarqawi | Zarqawi
  IMGMOSALQ ..2006-06-07
