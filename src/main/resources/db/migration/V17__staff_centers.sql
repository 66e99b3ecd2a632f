-- Staff accounts per center (issue 15): the centers a counselor works for (ids from
-- dialogs/content/centers.yaml). An account with no row works for every center.
CREATE TABLE staff_centers (
    username VARCHAR(64) NOT NULL REFERENCES staff (username),
    center VARCHAR(64) NOT NULL,
    PRIMARY KEY (username, center)
);
