import { ObjectType } from 'type-graphql';
import { Connection } from '../graphql/connection';
import { Meeting } from './meeting.entity';

@ObjectType()
export class MeetingConnection extends Connection(Meeting) {}
