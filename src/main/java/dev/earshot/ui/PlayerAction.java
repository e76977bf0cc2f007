package dev.earshot.ui;

/** What a key (or the matching menu item or button) asks the player to do. */
public enum PlayerAction {
    /** Select the profile group with the key's number; pressed again, the next profile of that group. */
    SELECT_GROUP("Select the device group with this number; press again for the next device in it"),
    PREVIOUS_PROFILE("Previous device"),
    NEXT_PROFILE("Next device"),
    PLAY_PAUSE("Play / pause"),
    REFERENCE("Toggle the reference track (when one is loaded)"),
    BYPASS("Toggle Studio (bypass): the master itself"),
    MONO("Toggle mono check"),
    LOOP("Toggle loop over the selection (or 8 s from the playhead)"),
    HOME("Back to the start");

    private final String description;

    PlayerAction(String description) {
        this.description = description;
    }

    /** One line for the Help menu and tooltips. */
    public String description() {
        return description;
    }
}
