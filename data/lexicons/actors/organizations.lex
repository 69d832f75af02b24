# International organisations, national institutions named for their state, and armed non-state groups.
# Written for Annalist. Codes follow CAMEO conventions: IGO/NGO/IMG prefixes, country + sector for institutions.
# Format: docs/formats/actors.md.

# United Nations and its agencies
org IGOUNO: United Nations | UN | U.N. | United Nations Organization | UN Security Council | U.N. Security Council | United Nations Security Council | Security Council | UN General Assembly | U.N. General Assembly | United Nations General Assembly | UN Secretariat
org IGOUNO: UNICEF | United Nations Children's Fund | UNESCO | World Food Programme | World Food Program | WFP | UNDP | United Nations Development Programme | UNRWA | UN Human Rights Council | U.N. Human Rights Council | United Nations Human Rights Council | OCHA | UNAMI | MONUSCO | UNIFIL
org IGOUNOREF: UNHCR | United Nations High Commissioner for Refugees | UN refugee agency | U.N. refugee agency
org IGOUNOHLH: World Health Organization | World Health Organisation | WHO
org IGOUNOIAE: International Atomic Energy Agency | IAEA
org IGOUNOLAB: International Labour Organization | International Labor Organization | International Labour Office | International Labor Office | ILO
org IGOUNOJUD: International Court of Justice | ICJ
org IGOJUDICC: International Criminal Court | ICC
org IGOBUSWTO: World Trade Organization | World Trade Organisation | WTO
org IGODEVWBK: World Bank
org IGOBUSIMF: International Monetary Fund | IMF
# Regional and other intergovernmental organisations
org IGOWSTNAT: NATO | North Atlantic Treaty Organization | North Atlantic Treaty Organisation | Atlantic alliance
org IGOEEU: European Union | EU | E.U. | European Commission | European Council | Council of the European Union
org IGOEEU: European Community | European Communities | European Economic Community | EEC | EC
org IGOEEULEG: European Parliament
org IGOEURCOE: Council of Europe
org IGOEUROSC: Organization for Security and Cooperation in Europe | Organization for Security and Co-operation in Europe | Organisation for Security and Co-operation in Europe | OSCE
org IGOAFR: African Union | AU
org IGOMEAARL: Arab League | League of Arab States
org IGOMEAGCC: Gulf Cooperation Council | GCC | Cooperation Council for the Arab States of the Gulf
org IGOBUSOPC: OPEC | Organization of the Petroleum Exporting Countries | Organization of Petroleum Exporting Countries
org IGOSEAASN: ASEAN | Association of Southeast Asian Nations
org IGOMOSOIC: Organisation of Islamic Cooperation | Organization of Islamic Cooperation | Organization of the Islamic Conference | OIC
org IGOWAFWAS: ECOWAS | Economic Community of West African States
org IGOCASSCO: Shanghai Cooperation Organisation | Shanghai Cooperation Organization
org IGOCASCIS: Commonwealth of Independent States
org IGOCOPITP: Interpol
org IGO: Group of Seven | Group of 20 | G7 | G-7 | G20 | G-20 | Commonwealth of Nations
# Non-governmental organisations
org NGOHLHIRC: Red Cross | International Committee of the Red Cross | ICRC | Red Crescent
org NGOHRIAMN: Amnesty International
org NGOHRI: Human Rights Watch
org NGOHLHMSF: Doctors Without Borders | Medecins Sans Frontieres | Médecins Sans Frontières | MSF

# National institutions whose name carries the state
actor USAGOV: White House | State Department | U.S. State Department | Department of State | Oval Office | Department of Homeland Security | Homeland Security | National Security Council | Treasury Department | Justice Department | Department of Justice | NASA | Environmental Protection Agency | EPA | Department of Agriculture | National Park Service
actor USAMIL: Pentagon | Defense Department | Department of Defense | Joint Chiefs of Staff | U.S. Central Command | Central Command | CENTCOM
actor USALEG: Congress | U.S. Congress | House of Representatives | U.S. Senate
actor USASPY: CIA | Central Intelligence Agency
actor USACOP: FBI | Federal Bureau of Investigation
actor RUSGOV: Kremlin
actor RUSLEG: State Duma | Duma
actor GBRGOV: Downing Street | Whitehall | Foreign Office | Foreign and Commonwealth Office
actor GBRLEG: House of Commons | House of Lords | Westminster
actor FRAGOV: Elysee | Élysée | Elysee Palace | Quai d'Orsay
actor DEULEG: Bundestag
actor DEUMIL: Bundeswehr
actor ISRLEG: Knesset
actor ISRMIL: Israel Defense Forces | Israel Defence Forces | IDF
actor ISRSPY: Mossad | Shin Bet
actor IRNMIL: Revolutionary Guards | Revolutionary Guard | Islamic Revolutionary Guard Corps | IRGC | Quds Force | Qods Force
actor IRNLEG: Majlis
actor CANGOV: Environment Canada | Environment and Climate Change Canada | Global Affairs Canada
actor CHNMIL: People's Liberation Army | PLA
actor CHNGOV: Zhongnanhai

actor UKRMIL: Ukrainian Armed Forces

# Titles that name their state: before a name they code the person
title USAGOV: Secretary of State | U.S. Secretary of State | National Security Adviser | Treasury Secretary
title USAMIL: Defense Secretary | Secretary of Defense | U.S. Defense Secretary | Chairman of the Joint Chiefs of Staff
title GBRGOV: Foreign Secretary | Home Secretary | Chancellor of the Exchequer
title IGOUNO: U.N. Secretary-General | UN Secretary-General | U.N. Secretary General | UN Secretary General | Secretary-General of the United Nations

# Armed non-state groups
group IMGMOSISI: Islamic State | Islamic State of Iraq and Syria | Islamic State of Iraq and the Levant | Islamic State of Iraq and al-Sham | ISIS | ISIL | Daesh | Da'esh | Daish
group IMGMOSALQ: al-Qaeda | al-Qaida | al Qaeda | al Qaida | Al-Qaeda | Qaeda | al-Qaeda in the Arabian Peninsula | AQAP | al-Qaeda in the Islamic Maghreb | AQIM | al-Nusra Front | Nusra Front | Jabhat al-Nusra
group IMGMOSHTS: Hayat Tahrir al-Sham | HTS
group AFGREB: Taliban | Taleban | Afghan Taliban
group PAKREB: Pakistani Taliban | Tehrik-i-Taliban Pakistan | Tehreek-e-Taliban Pakistan | TTP
group LBNREB: Hezbollah | Hizbollah | Hizballah | Hizbullah
group PSEREBHMS: Hamas | Islamic Resistance Movement | Izz ad-Din al-Qassam Brigades | Qassam Brigades
group PSEREB: Islamic Jihad | Palestinian Islamic Jihad | al-Aqsa Martyrs' Brigades
group SOMREB: al-Shabaab | al-Shabab | Al Shabaab | Al-Shabaab | Shabab | Shabaab
group NGAREB: Boko Haram | Islamic State West Africa Province | ISWAP
group TURREB: PKK | Kurdistan Workers' Party | Kurdistan Workers Party
group YEMREB: Houthis | Houthi | Huthi | Huthis | Ansar Allah | Ansarallah
group IRQMIL: Popular Mobilization Forces | Popular Mobilisation Forces | Popular Mobilization Units | Popular Mobilisation Units | PMF | PMU | Hashd al-Shaabi | Hashed al-Shaabi | al-Hashd al-Shaabi
group IRQREB: Kataib Hezbollah | Kata'ib Hezbollah | Kataib Hizbollah | Asaib Ahl al-Haq | Asa'ib Ahl al-Haq
group SYRREB: Free Syrian Army | FSA | Syrian Democratic Forces | SDF
group COLREB: FARC | Revolutionary Armed Forces of Colombia | ELN
group LKAREB: Tamil Tigers | Liberation Tigers of Tamil Eelam | Liberation Tigers | LTTE
group SDNREB: Rapid Support Forces | Janjaweed
group IMGMOSLET: Lashkar-e-Taiba | Lashkar-e-Toiba | Jaish-e-Mohammed | Jaish-e-Muhammad
group RUSUAF: Wagner Group | Wagner mercenaries

# Parties and movements of the 1980s-2000s that news names without their country
actor DZAOPP: Islamic Salvation Front | FIS
actor PSE: Palestine Liberation Organization | Palestinian Liberation Organization | PLO
