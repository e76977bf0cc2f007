package dev.earshot.dsp.demo;

/**
 * Vowel targets for the formant voice: first three formant frequencies in Hz, from the average adult female values
 * of Peterson and Barney, "Control methods used in a study of the vowels", JASA 24 (1952).
 */
enum Vowel {
    /** as in "father". */
    AH(850, 1220, 2810),
    /** as in "head". */
    EH(610, 1900, 2990),
    /** as in "heed". */
    EE(310, 2790, 3310),
    /** as in "bought". */
    AW(590, 920, 2710),
    /** as in "who'd". */
    OO(370, 950, 2670);

    final double f1Hz;
    final double f2Hz;
    final double f3Hz;

    Vowel(double f1Hz, double f2Hz, double f3Hz) {
        this.f1Hz = f1Hz;
        this.f2Hz = f2Hz;
        this.f3Hz = f3Hz;
    }
}
