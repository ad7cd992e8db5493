import { ISO_3166_ALPHA3 } from '../../kernel/reference/iso-3166-alpha3';
import { memberState, OBSERVERS } from '../../kernel/reference/reference-data';
import { LetterLanguage } from './letter-language';

/**
 * ISO 3166-1 alpha-3 followed by its alpha-2 code, for every officially assigned code: the French names
 * come from the runtime's CLDR data (Intl.DisplayNames), which knows countries by their alpha-2 codes.
 */
const ALPHA3_ALPHA2 = `
ABWAW AFGAF AGOAO AIAAI ALAAX ALBAL ANDAD AREAE ARGAR ARMAM ASMAS ATAAQ ATFTF ATGAG AUSAU AUTAT AZEAZ BDIBI
BELBE BENBJ BESBQ BFABF BGDBD BGRBG BHRBH BHSBS BIHBA BLMBL BLRBY BLZBZ BMUBM BOLBO BRABR BRBBB BRNBN BTNBT
BVTBV BWABW CAFCF CANCA CCKCC CHECH CHLCL CHNCN CIVCI CMRCM CODCD COGCG COKCK COLCO COMKM CPVCV CRICR CUBCU
CUWCW CXRCX CYMKY CYPCY CZECZ DEUDE DJIDJ DMADM DNKDK DOMDO DZADZ ECUEC EGYEG ERIER ESHEH ESPES ESTEE ETHET
FINFI FJIFJ FLKFK FRAFR FROFO FSMFM GABGA GBRGB GEOGE GGYGG GHAGH GIBGI GINGN GLPGP GMBGM GNBGW GNQGQ GRCGR
GRDGD GRLGL GTMGT GUFGF GUMGU GUYGY HKGHK HMDHM HNDHN HRVHR HTIHT HUNHU IDNID IMNIM INDIN IOTIO IRLIE IRNIR
IRQIQ ISLIS ISRIL ITAIT JAMJM JEYJE JORJO JPNJP KAZKZ KENKE KGZKG KHMKH KIRKI KNAKN KORKR KWTKW LAOLA LBNLB
LBRLR LBYLY LCALC LIELI LKALK LSOLS LTULT LUXLU LVALV MACMO MAFMF MARMA MCOMC MDAMD MDGMG MDVMV MEXMX MHLMH
MKDMK MLIML MLTMT MMRMM MNEME MNGMN MNPMP MOZMZ MRTMR MSRMS MTQMQ MUSMU MWIMW MYSMY MYTYT NAMNA NCLNC NERNE
NFKNF NGANG NICNI NIUNU NLDNL NORNO NPLNP NRUNR NZLNZ OMNOM PAKPK PANPA PCNPN PERPE PHLPH PLWPW PNGPG POLPL
PRIPR PRKKP PRTPT PRYPY PSEPS PYFPF QATQA REURE ROURO RUSRU RWARW SAUSA SDNSD SENSN SGPSG SGSGS SHNSH SJMSJ
SLBSB SLESL SLVSV SMRSM SOMSO SPMPM SRBRS SSDSS STPST SURSR SVKSK SVNSI SWESE SWZSZ SXMSX SYCSC SYRSY TCATC
TCDTD TGOTG THATH TJKTJ TKLTK TKMTM TLSTL TONTO TTOTT TUNTN TURTR TUVTV TWNTW TZATZ UGAUG UKRUA UMIUM URYUY
USAUS UZBUZ VATVA VCTVC VENVE VGBVG VIRVI VNMVN VUTVU WLFWF WSMWS YEMYE ZAFZA ZMBZM ZWEZW
`;

const ALPHA2 = new Map(
  ALPHA3_ALPHA2.trim()
    .split(/\s+/)
    .map((pair) => [pair.slice(0, 3), pair.slice(3)] as const),
);
const ISO_NAMES = new Map(ISO_3166_ALPHA3.map((country) => [country.alpha3, country.name]));
const FRENCH = new Intl.DisplayNames(['fr'], { type: 'region', fallback: 'none' });

/** The Holy See and the State of Palestine by the names the General Assembly uses, in French. */
const FRENCH_OBSERVERS: Record<string, string> = { VAT: 'Saint-Siège', PSE: 'État de Palestine' };

/**
 * A country's name as the letter gives it: in English the UN short name of a Member State or observer,
 * else the ISO 3166 name; in French the CLDR name (the UN's French short names where they differ are
 * not in the engine's reference data). An unknown code is shown as it is.
 */
export function countryName(code: string, lang: LetterLanguage): string {
  if (lang === 'fr') return FRENCH_OBSERVERS[code] ?? frenchName(code) ?? englishName(code);
  return englishName(code);
}

function englishName(code: string): string {
  return memberState(code)?.name ?? OBSERVERS.find((o) => o.code === code)?.name ?? ISO_NAMES.get(code) ?? code;
}

function frenchName(code: string): string | undefined {
  const alpha2 = ALPHA2.get(code);
  return alpha2 ? FRENCH.of(alpha2) : undefined;
}
