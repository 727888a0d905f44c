package org.warmpool.outcome.ui;

import java.util.List;

/**
 * The questionnaires' items in the clinic's own plain English. They follow the published
 * questionnaires item for item and statement for statement, so the scoring is the published one,
 * but the wording is Warmpool's: the published wording is under licence (docs/architecture.md).
 */
final class QuestionnaireItems {

    private QuestionnaireItems() {
    }

    /** Roland-Morris: 24 statements about today; each one that applies scores a point. */
    static final List<String> ROLAND_MORRIS = List.of(
            "I spend most of the day at home because of my back.",
            "I keep changing position to ease my back.",
            "I walk more slowly than I usually would because of my back.",
            "My back stops me doing jobs I normally do around the house.",
            "I hold on to the handrail to get up the stairs.",
            "I lie down to rest more often than usual because of my back.",
            "I need to hold on to something to get out of a low or soft chair.",
            "I ask other people to do things for me because of my back.",
            "Getting dressed takes me longer than usual.",
            "I can only stand for a short while because of my back.",
            "I try not to bend down or kneel because of my back.",
            "Getting up from a chair is hard for me.",
            "My back hurts nearly all the time.",
            "Turning over in bed is hard for me.",
            "I do not feel like eating as much because of my back pain.",
            "Putting on socks, tights or stockings is hard for me.",
            "I can only walk a short distance because of my back.",
            "My back pain makes it harder to sleep well.",
            "Someone helps me get dressed because of my back.",
            "I sit down for most of the day because of my back.",
            "I avoid heavy jobs around the house because of my back.",
            "My back pain makes me more irritable and short-tempered than usual.",
            "I go up stairs more slowly than usual.",
            "I stay in bed for most of the day because of my back.");

    /** One Oswestry section: its title and six statements, scoring 0 to 5 in order. */
    record Section(String title, List<String> statements) {
    }

    /** Oswestry: ten sections of six statements; the one that fits best today scores 0 to 5. */
    static final List<Section> OSWESTRY = List.of(
            new Section("Pain right now", List.of(
                    "I have no pain at the moment.",
                    "The pain is very mild at the moment.",
                    "The pain is moderate at the moment.",
                    "The pain is fairly severe at the moment.",
                    "The pain is very severe at the moment.",
                    "The pain is the worst I can imagine at the moment.")),
            new Section("Looking after myself (washing, dressing)", List.of(
                    "I look after myself as usual, and it causes no extra pain.",
                    "I look after myself as usual, but it is very painful.",
                    "Looking after myself hurts, so I go slowly and carefully.",
                    "I need some help, but I manage most of it myself.",
                    "I need help every day with most of it.",
                    "I do not get dressed, I wash with difficulty and I stay in bed.")),
            new Section("Lifting", List.of(
                    "I can lift heavy things without extra pain.",
                    "I can lift heavy things, but it causes extra pain.",
                    "Pain stops me lifting heavy things off the floor, but I can if they are at a handy height, "
                            + "for example on a table.",
                    "Pain stops me lifting heavy things, but I can lift light or medium things at a handy height.",
                    "I can lift only very light things.",
                    "I cannot lift or carry anything.")),
            new Section("Walking", List.of(
                    "Pain does not stop me walking as far as I like.",
                    "Pain stops me walking more than about a mile (1.5 km).",
                    "Pain stops me walking more than about half a mile (800 m).",
                    "Pain stops me walking more than about 100 metres.",
                    "I can only walk with a stick or crutches.",
                    "I am in bed most of the time.")),
            new Section("Sitting", List.of(
                    "I can sit in any chair for as long as I like.",
                    "I can sit in my favourite chair only, for as long as I like.",
                    "Pain stops me sitting for more than an hour.",
                    "Pain stops me sitting for more than half an hour.",
                    "Pain stops me sitting for more than 10 minutes.",
                    "Pain stops me sitting at all.")),
            new Section("Standing", List.of(
                    "I can stand for as long as I like without extra pain.",
                    "I can stand for as long as I like, but it causes extra pain.",
                    "Pain stops me standing for more than an hour.",
                    "Pain stops me standing for more than half an hour.",
                    "Pain stops me standing for more than 10 minutes.",
                    "Pain stops me standing at all.")),
            new Section("Sleeping", List.of(
                    "Pain never disturbs my sleep.",
                    "Pain disturbs my sleep now and then.",
                    "Because of pain I sleep less than 6 hours.",
                    "Because of pain I sleep less than 4 hours.",
                    "Because of pain I sleep less than 2 hours.",
                    "Pain stops me sleeping at all.")),
            new Section("Sex life (skip this section if it does not apply)", List.of(
                    "My sex life is as usual and causes no extra pain.",
                    "My sex life is as usual, but causes some extra pain.",
                    "My sex life is nearly as usual, but very painful.",
                    "Pain limits my sex life a great deal.",
                    "Because of pain I have almost no sex life.",
                    "Pain stops any sex life at all.")),
            new Section("Social life", List.of(
                    "My social life is as usual and causes no extra pain.",
                    "My social life is as usual, but makes the pain worse.",
                    "Pain makes little difference to my social life, except for more energetic things such as sport.",
                    "Pain has limited my social life: I go out less often.",
                    "Pain has limited my social life to my home.",
                    "Because of pain I have no social life.")),
            new Section("Travelling", List.of(
                    "I can travel anywhere without pain.",
                    "I can travel anywhere, but it causes extra pain.",
                    "Pain is bad, but I manage journeys of more than two hours.",
                    "Pain limits me to journeys of less than an hour.",
                    "Pain limits me to short journeys I must make, of less than 30 minutes.",
                    "Pain stops me travelling except to get treatment.")));
}
