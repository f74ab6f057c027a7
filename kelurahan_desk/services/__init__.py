"""Use cases: one public function per thing a user does; each checks the actor's role."""
