# Countries and territories: names, demonyms and capitals (capitals stand for the state, as in "Tehran said").
# Written for Annalist; codes are CAMEO country codes (ISO 3166 alpha-3 where CAMEO agrees; KSV for Kosovo).
# Format: docs/formats/actors.md. One record a line: kind CODE: phrase | phrase

country AFG: Afghanistan | Islamic Republic of Afghanistan
demonym AFG: Afghan | Afghans | Afghani
capital AFG: Kabul
country ALB: Albania | Republic of Albania
demonym ALB: Albanian | Albanians
capital ALB: Tirana
country DZA: Algeria
demonym DZA: Algerian | Algerians
capital DZA: Algiers
country AND: Andorra
demonym AND: Andorran | Andorrans
capital AND: Andorra la Vella
country AGO: Angola
demonym AGO: Angolan | Angolans
capital AGO: Luanda
country ATG: Antigua and Barbuda | Antigua
demonym ATG: Antiguan | Antiguans
country ARG: Argentina | Argentine Republic
demonym ARG: Argentine | Argentines | Argentinian | Argentinians | Argentinean
capital ARG: Buenos Aires
country ARM: Armenia
demonym ARM: Armenian | Armenians
capital ARM: Yerevan
country AUS: Australia | Commonwealth of Australia
demonym AUS: Australian | Australians | Aussie
capital AUS: Canberra
country AUT: Austria
demonym AUT: Austrian | Austrians
capital AUT: Vienna
country AZE: Azerbaijan
demonym AZE: Azerbaijani | Azerbaijanis | Azeri | Azeris
capital AZE: Baku
country BHS: Bahamas | The Bahamas
demonym BHS: Bahamian | Bahamians
capital BHS: Nassau
country BHR: Bahrain | Kingdom of Bahrain
demonym BHR: Bahraini | Bahrainis
capital BHR: Manama
country BGD: Bangladesh
demonym BGD: Bangladeshi | Bangladeshis
capital BGD: Dhaka
country BRB: Barbados
demonym BRB: Barbadian | Barbadians | Bajan
capital BRB: Bridgetown
country BLR: Belarus | Byelorussia
demonym BLR: Belarusian | Belarusians | Belarussian
capital BLR: Minsk
country BEL: Belgium
demonym BEL: Belgian | Belgians
capital BEL: Brussels
country BLZ: Belize
demonym BLZ: Belizean | Belizeans
capital BLZ: Belmopan
country BEN: Benin
demonym BEN: Beninese
capital BEN: Porto-Novo | Cotonou
country BTN: Bhutan
demonym BTN: Bhutanese
capital BTN: Thimphu
country BOL: Bolivia
demonym BOL: Bolivian | Bolivians
capital BOL: La Paz | Sucre
country BIH: Bosnia and Herzegovina | Bosnia-Herzegovina | Bosnia
demonym BIH: Bosnian | Bosnians
# Communities of Bosnia named with their ethnicity belong to Bosnia (not to Serbia or Croatia).
demonym BIH: Bosnian Serb | Bosnian Serbs | Bosnian Croat | Bosnian Croats | Bosnian Muslim | Bosnian Muslims
capital BIH: Sarajevo
country BWA: Botswana
demonym BWA: Motswana | Batswana
capital BWA: Gaborone
country BRA: Brazil | Federative Republic of Brazil
demonym BRA: Brazilian | Brazilians
capital BRA: Brasilia | Brasília
country BRN: Brunei | Brunei Darussalam
demonym BRN: Bruneian | Bruneians
capital BRN: Bandar Seri Begawan
country BGR: Bulgaria
demonym BGR: Bulgarian | Bulgarians
capital BGR: Sofia
country BFA: Burkina Faso
demonym BFA: Burkinabe | Burkinabè
capital BFA: Ouagadougou
country BDI: Burundi
demonym BDI: Burundian | Burundians
capital BDI: Bujumbura | Gitega
country CPV: Cape Verde | Cabo Verde
demonym CPV: Cape Verdean | Cape Verdeans
capital CPV: Praia
country KHM: Cambodia
demonym KHM: Cambodian | Cambodians
capital KHM: Phnom Penh
country CMR: Cameroon
demonym CMR: Cameroonian | Cameroonians
capital CMR: Yaounde | Yaoundé
country CAN: Canada
demonym CAN: Canadian | Canadians
capital CAN: Ottawa
country CAF: Central African Republic | CAR
demonym CAF: Central African | Central Africans
capital CAF: Bangui
country TCD: Chad
demonym TCD: Chadian | Chadians
capital TCD: N'Djamena | Ndjamena
country CHL: Chile
demonym CHL: Chilean | Chileans
capital CHL: Santiago
country CHN: China | People's Republic of China | PRC | mainland China
demonym CHN: Chinese
capital CHN: Beijing | Peking
country COL: Colombia
demonym COL: Colombian | Colombians
capital COL: Bogota | Bogotá
country COM: Comoros
demonym COM: Comorian | Comorians
capital COM: Moroni
country COD: Democratic Republic of the Congo | Democratic Republic of Congo | DR Congo | DRC | Congo-Kinshasa | Congo
demonym COD: Congolese
capital COD: Kinshasa
country COG: Republic of the Congo | Republic of Congo | Congo-Brazzaville
capital COG: Brazzaville
country CRI: Costa Rica
demonym CRI: Costa Rican | Costa Ricans
capital CRI: San Jose | San José
country CIV: Ivory Coast | Côte d'Ivoire | Cote d'Ivoire
demonym CIV: Ivorian | Ivorians
capital CIV: Yamoussoukro | Abidjan
country HRV: Croatia
demonym HRV: Croatian | Croatians | Croat | Croats
capital HRV: Zagreb
country CUB: Cuba
demonym CUB: Cuban | Cubans
capital CUB: Havana
country CYP: Cyprus
demonym CYP: Cypriot | Cypriots
capital CYP: Nicosia
country CZE: Czech Republic | Czechia
demonym CZE: Czech | Czechs
capital CZE: Prague
country DNK: Denmark
demonym DNK: Danish | Dane | Danes
capital DNK: Copenhagen
country DJI: Djibouti
demonym DJI: Djiboutian | Djiboutians
country DMA: Dominica
demonym DMA: Dominican
capital DMA: Roseau
country DOM: Dominican Republic
demonym DOM: Dominicans
capital DOM: Santo Domingo
country ECU: Ecuador
demonym ECU: Ecuadorian | Ecuadorians | Ecuadorean
capital ECU: Quito
country EGY: Egypt | Arab Republic of Egypt
demonym EGY: Egyptian | Egyptians
capital EGY: Cairo
country SLV: El Salvador
demonym SLV: Salvadoran | Salvadorans | Salvadorean
capital SLV: San Salvador
country GNQ: Equatorial Guinea
demonym GNQ: Equatoguinean | Equatorial Guinean
capital GNQ: Malabo
country ERI: Eritrea
demonym ERI: Eritrean | Eritreans
capital ERI: Asmara
country EST: Estonia
demonym EST: Estonian | Estonians
capital EST: Tallinn
country SWZ: Eswatini | Swaziland
demonym SWZ: Swazi | Swazis
capital SWZ: Mbabane
country ETH: Ethiopia
demonym ETH: Ethiopian | Ethiopians
capital ETH: Addis Ababa
country FJI: Fiji
demonym FJI: Fijian | Fijians
capital FJI: Suva
country FIN: Finland
demonym FIN: Finnish | Finn | Finns
capital FIN: Helsinki
country FRA: France | French Republic
demonym FRA: French | Frenchman | Frenchmen | Frenchwoman
capital FRA: Paris
country GAB: Gabon
demonym GAB: Gabonese
capital GAB: Libreville
country GMB: Gambia | The Gambia
demonym GMB: Gambian | Gambians
capital GMB: Banjul
country GEO: Georgia
demonym GEO: Georgian | Georgians
capital GEO: Tbilisi
country DEU: Germany | Federal Republic of Germany
demonym DEU: German | Germans
capital DEU: Berlin
country GHA: Ghana
demonym GHA: Ghanaian | Ghanaians
capital GHA: Accra
country GRC: Greece | Hellenic Republic
demonym GRC: Greek | Greeks
capital GRC: Athens
country GRD: Grenada
demonym GRD: Grenadian | Grenadians
country GTM: Guatemala
demonym GTM: Guatemalan | Guatemalans
capital GTM: Guatemala City
country GIN: Guinea
demonym GIN: Guinean | Guineans
capital GIN: Conakry
country GNB: Guinea-Bissau | Guinea Bissau
demonym GNB: Bissau-Guinean
capital GNB: Bissau
country GUY: Guyana
demonym GUY: Guyanese
country HTI: Haiti
demonym HTI: Haitian | Haitians
capital HTI: Port-au-Prince
country HND: Honduras
demonym HND: Honduran | Hondurans
capital HND: Tegucigalpa
country HUN: Hungary
demonym HUN: Hungarian | Hungarians
capital HUN: Budapest
country ISL: Iceland
demonym ISL: Icelandic | Icelander | Icelanders
capital ISL: Reykjavik | Reykjavík
country IND: India | Republic of India
demonym IND: Indian | Indians
capital IND: New Delhi
country IDN: Indonesia
demonym IDN: Indonesian | Indonesians
capital IDN: Jakarta
country IRN: Iran | Islamic Republic of Iran
demonym IRN: Iranian | Iranians
capital IRN: Tehran | Teheran
country IRQ: Iraq | Republic of Iraq
demonym IRQ: Iraqi | Iraqis
capital IRQ: Baghdad
country IRL: Ireland | Republic of Ireland | Eire
demonym IRL: Irish | Irishman | Irishmen
capital IRL: Dublin
country ISR: Israel | State of Israel
demonym ISR: Israeli | Israelis
country ITA: Italy | Italian Republic
demonym ITA: Italian | Italians
capital ITA: Rome
country JAM: Jamaica
demonym JAM: Jamaican | Jamaicans
country JPN: Japan
demonym JPN: Japanese
capital JPN: Tokyo
country JOR: Jordan | Hashemite Kingdom of Jordan
demonym JOR: Jordanian | Jordanians
capital JOR: Amman
country KAZ: Kazakhstan
demonym KAZ: Kazakh | Kazakhs | Kazakhstani
capital KAZ: Astana | Nur-Sultan
country KEN: Kenya
demonym KEN: Kenyan | Kenyans
capital KEN: Nairobi
country KIR: Kiribati
demonym KIR: I-Kiribati
capital KIR: Tarawa
country PRK: North Korea | Democratic People's Republic of Korea | DPRK
demonym PRK: North Korean | North Koreans
capital PRK: Pyongyang
country KOR: South Korea | Republic of Korea | ROK
demonym KOR: South Korean | South Koreans
capital KOR: Seoul
country KSV: Kosovo | Republic of Kosovo
demonym KSV: Kosovar | Kosovars
capital KSV: Pristina | Prishtina
country KWT: Kuwait
demonym KWT: Kuwaiti | Kuwaitis
capital KWT: Kuwait City
country KGZ: Kyrgyzstan | Kyrgyz Republic
demonym KGZ: Kyrgyz
capital KGZ: Bishkek
country LAO: Laos | Lao People's Democratic Republic
demonym LAO: Laotian | Laotians
capital LAO: Vientiane
country LVA: Latvia
demonym LVA: Latvian | Latvians
capital LVA: Riga
country LBN: Lebanon
demonym LBN: Lebanese
capital LBN: Beirut
country LSO: Lesotho
demonym LSO: Basotho
capital LSO: Maseru
country LBR: Liberia
demonym LBR: Liberian | Liberians
capital LBR: Monrovia
country LBY: Libya
demonym LBY: Libyan | Libyans
capital LBY: Tripoli
country LIE: Liechtenstein
demonym LIE: Liechtensteiner
capital LIE: Vaduz
country LTU: Lithuania
demonym LTU: Lithuanian | Lithuanians
capital LTU: Vilnius
country LUX: Luxembourg
demonym LUX: Luxembourger | Luxembourgers
country MDG: Madagascar
demonym MDG: Malagasy
capital MDG: Antananarivo
country MWI: Malawi
demonym MWI: Malawian | Malawians
capital MWI: Lilongwe
country MYS: Malaysia
demonym MYS: Malaysian | Malaysians
capital MYS: Kuala Lumpur | Putrajaya
country MDV: Maldives
demonym MDV: Maldivian | Maldivians
capital MDV: Male | Malé
country MLI: Mali
demonym MLI: Malian | Malians
capital MLI: Bamako
country MLT: Malta
demonym MLT: Maltese
capital MLT: Valletta
country MHL: Marshall Islands
demonym MHL: Marshallese
capital MHL: Majuro
country MRT: Mauritania
demonym MRT: Mauritanian | Mauritanians
capital MRT: Nouakchott
country MUS: Mauritius
demonym MUS: Mauritian | Mauritians
capital MUS: Port Louis
country MEX: Mexico | United Mexican States
demonym MEX: Mexican | Mexicans
capital MEX: Mexico City
country FSM: Micronesia | Federated States of Micronesia
demonym FSM: Micronesian
capital FSM: Palikir
country MDA: Moldova
demonym MDA: Moldovan | Moldovans
capital MDA: Chisinau | Chișinău
country MCO: Monaco
demonym MCO: Monegasque
country MNG: Mongolia
demonym MNG: Mongolian | Mongolians
capital MNG: Ulaanbaatar | Ulan Bator
country MNE: Montenegro
demonym MNE: Montenegrin | Montenegrins
capital MNE: Podgorica
country MAR: Morocco
demonym MAR: Moroccan | Moroccans
capital MAR: Rabat
country MOZ: Mozambique
demonym MOZ: Mozambican | Mozambicans
capital MOZ: Maputo
country MMR: Myanmar | Burma
demonym MMR: Burmese | Myanmarese
capital MMR: Naypyidaw | Naypyitaw
country NAM: Namibia
demonym NAM: Namibian | Namibians
capital NAM: Windhoek
country NRU: Nauru
demonym NRU: Nauruan
country NPL: Nepal
demonym NPL: Nepali | Nepalese
capital NPL: Kathmandu
country NLD: Netherlands | Holland
demonym NLD: Dutch | Dutchman
capital NLD: Amsterdam | The Hague
country NZL: New Zealand
demonym NZL: New Zealander | New Zealanders | Kiwi | Kiwis
capital NZL: Wellington
country NIC: Nicaragua
demonym NIC: Nicaraguan | Nicaraguans
capital NIC: Managua
country NER: Niger
demonym NER: Nigerien | Nigeriens
capital NER: Niamey
country NGA: Nigeria
demonym NGA: Nigerian | Nigerians
capital NGA: Abuja
country MKD: North Macedonia | Macedonia
demonym MKD: Macedonian | Macedonians
capital MKD: Skopje
country NOR: Norway
demonym NOR: Norwegian | Norwegians
capital NOR: Oslo
country OMN: Oman | Sultanate of Oman
demonym OMN: Omani | Omanis
capital OMN: Muscat
country PAK: Pakistan | Islamic Republic of Pakistan
demonym PAK: Pakistani | Pakistanis
capital PAK: Islamabad
country PLW: Palau
demonym PLW: Palauan
country PSE: Palestine | State of Palestine | Palestinian Territories | Palestinian territories | Occupied Palestinian Territories | West Bank | Gaza | Gaza Strip
demonym PSE: Palestinian | Palestinians
capital PSE: Ramallah
country PAN: Panama
demonym PAN: Panamanian | Panamanians
capital PAN: Panama City
country PNG: Papua New Guinea
demonym PNG: Papua New Guinean
capital PNG: Port Moresby
country PRY: Paraguay
demonym PRY: Paraguayan | Paraguayans
capital PRY: Asuncion | Asunción
country PER: Peru
demonym PER: Peruvian | Peruvians
capital PER: Lima
country PHL: Philippines | Republic of the Philippines
demonym PHL: Filipino | Filipinos | Philippine
capital PHL: Manila
country POL: Poland
demonym POL: Polish | Pole | Poles
capital POL: Warsaw
country PRT: Portugal
demonym PRT: Portuguese
capital PRT: Lisbon
country QAT: Qatar
demonym QAT: Qatari | Qataris
capital QAT: Doha
country ROU: Romania
demonym ROU: Romanian | Romanians
capital ROU: Bucharest
country RUS: Russia | Russian Federation
demonym RUS: Russian | Russians
capital RUS: Moscow
country RWA: Rwanda
demonym RWA: Rwandan | Rwandans
capital RWA: Kigali
country KNA: Saint Kitts and Nevis | St. Kitts and Nevis
demonym KNA: Kittitian
capital KNA: Basseterre
country LCA: Saint Lucia | St. Lucia
demonym LCA: Saint Lucian
capital LCA: Castries
country VCT: Saint Vincent and the Grenadines | St. Vincent and the Grenadines
demonym VCT: Vincentian
capital VCT: Kingstown
country WSM: Samoa
demonym WSM: Samoan | Samoans
capital WSM: Apia
country SMR: San Marino
demonym SMR: Sammarinese
country STP: Sao Tome and Principe | São Tomé and Príncipe
demonym STP: Santomean
country SAU: Saudi Arabia | Kingdom of Saudi Arabia
demonym SAU: Saudi | Saudis | Saudi Arabian
capital SAU: Riyadh
country SEN: Senegal
demonym SEN: Senegalese
capital SEN: Dakar
country SRB: Serbia
demonym SRB: Serbian | Serbians | Serb | Serbs
capital SRB: Belgrade
country SYC: Seychelles
demonym SYC: Seychellois
country SLE: Sierra Leone
demonym SLE: Sierra Leonean | Sierra Leoneans
capital SLE: Freetown
country SGP: Singapore
demonym SGP: Singaporean | Singaporeans
country SVK: Slovakia | Slovak Republic
demonym SVK: Slovak | Slovaks | Slovakian
capital SVK: Bratislava
country SVN: Slovenia
demonym SVN: Slovenian | Slovenians | Slovene | Slovenes
capital SVN: Ljubljana
country SLB: Solomon Islands
demonym SLB: Solomon Islander
capital SLB: Honiara
country SOM: Somalia
demonym SOM: Somali | Somalis
capital SOM: Mogadishu
country ZAF: South Africa | Republic of South Africa
demonym ZAF: South African | South Africans
capital ZAF: Pretoria | Cape Town
country SSD: South Sudan
demonym SSD: South Sudanese
capital SSD: Juba
country ESP: Spain | Kingdom of Spain
demonym ESP: Spanish | Spaniard | Spaniards
capital ESP: Madrid
country LKA: Sri Lanka
demonym LKA: Sri Lankan | Sri Lankans
capital LKA: Colombo
country SDN: Sudan
demonym SDN: Sudanese
capital SDN: Khartoum
country SUR: Suriname | Surinam
demonym SUR: Surinamese
capital SUR: Paramaribo
country SWE: Sweden
demonym SWE: Swedish | Swede | Swedes
capital SWE: Stockholm
country CHE: Switzerland | Swiss Confederation
demonym CHE: Swiss
capital CHE: Bern | Berne
country SYR: Syria | Syrian Arab Republic
demonym SYR: Syrian | Syrians
capital SYR: Damascus
country TWN: Taiwan | Republic of China
demonym TWN: Taiwanese
capital TWN: Taipei
country TJK: Tajikistan
demonym TJK: Tajik | Tajiks | Tajikistani
capital TJK: Dushanbe
country TZA: Tanzania | United Republic of Tanzania
demonym TZA: Tanzanian | Tanzanians
capital TZA: Dodoma | Dar es Salaam
country THA: Thailand
demonym THA: Thai
capital THA: Bangkok
country TLS: East Timor | Timor-Leste
demonym TLS: Timorese
capital TLS: Dili
country TGO: Togo
demonym TGO: Togolese
capital TGO: Lome | Lomé
country TON: Tonga
demonym TON: Tongan | Tongans
capital TON: Nuku'alofa
country TTO: Trinidad and Tobago
demonym TTO: Trinidadian | Trinidadians
capital TTO: Port of Spain
country TUN: Tunisia
demonym TUN: Tunisian | Tunisians
capital TUN: Tunis
country TUR: Turkey | Türkiye | Turkiye | Republic of Turkey
demonym TUR: Turkish | Turk | Turks
capital TUR: Ankara
country TKM: Turkmenistan
demonym TKM: Turkmen
capital TKM: Ashgabat
country TUV: Tuvalu
demonym TUV: Tuvaluan
capital TUV: Funafuti
country UGA: Uganda
demonym UGA: Ugandan | Ugandans
capital UGA: Kampala
country UKR: Ukraine
demonym UKR: Ukrainian | Ukrainians
capital UKR: Kyiv | Kiev
country ARE: United Arab Emirates | UAE | U.A.E. | the Emirates
demonym ARE: Emirati | Emiratis
capital ARE: Abu Dhabi
country GBR: United Kingdom | UK | U.K. | Britain | Great Britain | England | Scotland | Wales | Northern Ireland
demonym GBR: British | Briton | Britons | English | Scottish | Welsh
capital GBR: London
country USA: United States | United States of America | U.S. | U.S | US | U.S.A. | USA | America
demonym USA: American | Americans
capital USA: Washington | Washington D.C. | Washington DC
country URY: Uruguay
demonym URY: Uruguayan | Uruguayans
capital URY: Montevideo
country UZB: Uzbekistan
demonym UZB: Uzbek | Uzbeks
capital UZB: Tashkent
country VUT: Vanuatu
demonym VUT: Ni-Vanuatu
capital VUT: Port Vila
country VAT: Vatican | Vatican City | Holy See
country VEN: Venezuela
demonym VEN: Venezuelan | Venezuelans
capital VEN: Caracas
country VNM: Vietnam | Viet Nam
demonym VNM: Vietnamese
capital VNM: Hanoi
country YEM: Yemen
demonym YEM: Yemeni | Yemenis
capital YEM: Sanaa | Sana'a
country ZMB: Zambia
demonym ZMB: Zambian | Zambians
capital ZMB: Lusaka
country ZWE: Zimbabwe
demonym ZWE: Zimbabwean | Zimbabweans
capital ZWE: Harare
country HKG: Hong Kong
demonym HKG: Hongkonger | Hong Konger
country PRI: Puerto Rico
demonym PRI: Puerto Rican | Puerto Ricans
capital PRI: San Juan
country GRL: Greenland
demonym GRL: Greenlandic | Greenlander
capital GRL: Nuuk
country ESH: Western Sahara
demonym ESH: Sahrawi | Sahrawis
# Former states
country USR: Soviet Union | USSR | U.S.S.R.
demonym USR: Soviet | Soviets

# Other major cities and provinces. CAMEO's country dictionaries list such places under their country, so "shelling in
# Kirkuk" codes Iraq. Only places whose name is not also a common given name ("Milan", "Florence") or a major place
# of another country ("Tripoli", "Alexandria").
city AFG: Kandahar | Herat | Jalalabad | Mazar-i-Sharif | Helmand
city BIH: Srebrenica | Mostar | Banja Luka | Tuzla | Gorazde | Bihac
city CAN: Toronto | Montreal | Vancouver | Calgary | Quebec City
city COD: Goma | Bukavu | Lubumbashi | Kisangani
city EGY: Port Said | Ismailia
city IND: Mumbai | Bombay | Kolkata | Calcutta | Chennai | Madras | Bangalore
city IRQ: Kirkuk | Mosul | Basra | Samarra | Fallujah | Falluja | Karbala | Kerbala | Najaf | Tikrit | Ramadi | Baqubah | Baquba | Arbil | Erbil
city ITA: Naples | Turin | Genoa | Venice | Palermo
city LBN: Sidon | Tyre | Baalbek | Nabatiyeh
city LBY: Benghazi | Misrata | Misurata
city LKA: Jaffna | Trincomalee | Batticaloa
city NGA: Lagos | Kano | Port Harcourt
city PAK: Karachi | Lahore | Peshawar | Quetta | Rawalpindi | Sindh | Balochistan | Baluchistan
city PSE: Jericho | Hebron | Nablus | Jenin | Bethlehem | Khan Younis | Rafah | Tulkarm | Qalqilya
city RUS: Grozny | Chechnya | Vladivostok | Novosibirsk
city SDN: Darfur | Omdurman | Port Sudan
city SYR: Aleppo | Homs | Hama | Latakia | Deir ez-Zor | Idlib
city TUR: Istanbul | Izmir | Diyarbakir
city ZAF: Johannesburg | Durban | Soweto
